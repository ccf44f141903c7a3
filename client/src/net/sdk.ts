/**
 * The connection to the game server: the same origin that served the page (the server serves the
 * client), or VITE_GAME_URL during client development.
 */
import { Client } from '@colyseus/sdk';

export function gameServerUrl(): string {
  const configured = import.meta.env.VITE_GAME_URL as string | undefined;
  if (configured) return configured;
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`;
}

export function httpBase(): string {
  const configured = import.meta.env.VITE_GAME_URL as string | undefined;
  return configured ? configured.replace(/^ws/, 'http') : '';
}

let client: Client | null = null;
export function sdkClient(): Client {
  client ??= new Client(gameServerUrl());
  return client;
}

/** A readable reason from a matchmaking or connection failure (SDK errors carry a numeric code). */
export function failureReason(error: unknown): string {
  const message = (error as { message?: string })?.message;
  if (message === 'clientTooOld') return 'join.error.version';
  if (message === 'serverTooOld') return 'join.error.serverVersion';
  if (message === 'spectatorsNotAllowed') return 'join.error.noSpectators';
  if (message === 'spectatorsFull') return 'join.error.spectatorsFull';
  if (message === 'badSeatToken') return 'join.error.badSeatToken';
  const code = (error as { code?: number })?.code;
  if (message === 'tooManyJoins' || code === 429) return 'join.error.tooMany';
  if (code === 522 || code === 520) return 'join.error.notFound';
  if (code === 409) return 'join.error.full';
  if (code === 524) return 'join.error.expired';
  return 'join.error.generic';
}
