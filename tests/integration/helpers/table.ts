/**
 * Scenes shared by several tests: a host creates a match and friends join by code and sit down.
 */
import { ROLES, type Role } from '@shared/rules/types.ts';
import { TestPlayer } from './test-player.ts';

export type Table = { host: TestPlayer; players: TestPlayer[]; code: string };

/** A host creates a match; `names.length` people (host first) take seats in ROLES order. */
export async function seatPlayers(url: string, createOptions: Record<string, unknown>, names: string[]): Promise<Table> {
  const host = await TestPlayer.create(url, createOptions, names[0]);
  await host.until(() => host.welcome !== null && host.view !== null, 'welcome');
  const others = await Promise.all(names.slice(1).map((n) => TestPlayer.join(url, host.code, { name: n }, n)));
  const players = [host, ...others];
  players.forEach((p, i) => p.send('claimSeat', { role: ROLES[i], name: p.label }));
  for (const [i, p] of players.entries()) await p.until(() => p.welcome?.role === ROLES[i], `seat ${ROLES[i]}`);
  return { host, players, code: host.code };
}

export function roleOf(player: TestPlayer): Role {
  const role = player.welcome?.role;
  if (!role) throw new Error(`${player.label} has no seat`);
  return role;
}

export async function fetchJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json().catch(() => null) };
}
