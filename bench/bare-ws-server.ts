/**
 * The bare `ws` baseline of the load benchmark: a plain WebSocket server with the same engine, log
 * store and message shapes as the real match room, and none of Colyseus (no matchmaker, synced
 * state or seat reservations): the physical limit on this machine. A client opens ws://host:port/,
 * sends ["create", createOptions] or ["join", { code, ...joinOptions }], then ["type", payload].
 *   node --import tsx bench/bare-ws-server.ts --port 2600 [--data-dir DIR | --data-dir :memory:]
 */
import { randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CREATE_OPTIONS, JOIN_OPTIONS } from '@shared/protocol/room-messages.ts';
import { PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import { defaultConfig } from '@shared/rules/index.ts';
import { makeMatchId, makeRoomCode } from '@server/rooms/identifiers.ts';
import type { MatchStore } from '@server/store/match-store.ts';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import { BareTable, frame } from './bare-ws-table.ts';
import { startHeartbeat } from './bare-ws-heartbeat.ts';

/** Same limit as the real server: no contract comes near it. */
const MAX_PAYLOAD_BYTES = 16 * 1024;
/** Close code for a create/join that names no match or has bad options (Colyseus answers 522/400). */
const NO_SUCH_MATCH = 4522;

type Connection = { table: BareTable | null };

export type BareServer = Readonly<{ port: number; tables: Map<string, BareTable>; close: () => Promise<void> }>;

export async function startBareServer(port: number, store: MatchStore): Promise<BareServer> {
  const tables = new Map<string, BareTable>();
  const http = createServer(health);
  const wss = new WebSocketServer({ server: http, maxPayload: MAX_PAYLOAD_BYTES });
  const heartbeat = startHeartbeat(wss);
  wss.on('connection', (socket) => {
    const connection: Connection = { table: null };
    socket.on('message', (data) => receive(socket, connection, data, tables, store));
    socket.on('close', () => leave(socket, connection, tables));
  });
  await new Promise<void>((resolve) => http.listen(port, resolve));
  const bound = (http.address() as { port: number }).port;
  return {
    port: bound,
    tables,
    close: async () => {
      heartbeat.stop();
      for (const client of wss.clients) client.terminate();
      for (const table of tables.values()) table.close();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => http.close(resolve));
      store.close();
    },
  };
}

function health(req: IncomingMessage, res: ServerResponse): void {
  const ok = req.url === '/api/health';
  res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
  res.end(ok ? JSON.stringify({ status: 'ok', version: 'bare', protocolVersion: PROTOCOL_VERSION }) : '{"error":"notFound"}');
}

function receive(socket: WebSocket, connection: Connection, data: RawData, tables: Map<string, BareTable>, store: MatchStore): void {
  let message: unknown;
  try {
    message = JSON.parse(data.toString());
  } catch {
    return socket.close(4002, 'invalid frame');
  }
  if (!Array.isArray(message) || typeof message[0] !== 'string') return socket.close(4002, 'invalid frame');
  const [type, payload] = message as [string, unknown];
  if (connection.table) return connection.table.receive(socket, type, payload);
  const table = type === 'create' ? openTable(payload, tables, store) : type === 'join' ? findTable(payload, tables) : null;
  if (!table) return socket.close(NO_SUCH_MATCH, 'no such match');
  connection.table = table;
  table.join(socket, isSpectating(payload));
}

function openTable(payload: unknown, tables: Map<string, BareTable>, store: MatchStore): BareTable | null {
  const parsed = CREATE_OPTIONS.safeParse(payload);
  if (!parsed.success) return null;
  const o = parsed.data;
  const base = defaultConfig({ scenario: o.scenario, rounds: o.rounds, botsFillEmptySeats: o.bots });
  let code = makeRoomCode();
  while (tables.has(code)) code = makeRoomCode();
  const settings = { isPublic: o.isPublic, allowSpectators: o.allowSpectators, spectatorDelaySec: o.spectatorDelaySec };
  const record = { id: makeMatchId(), code, config: { ...base, timers: { ...base.timers, ...o.timers } }, seed: randomInt(0, 2 ** 32), settings, createdAt: Date.now() };
  const table = new BareTable(record, store);
  tables.set(code, table);
  return table;
}

function findTable(payload: unknown, tables: Map<string, BareTable>): BareTable | null {
  const code = (payload as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const { code: _code, ...options } = payload as Record<string, unknown>;
  return JOIN_OPTIONS.safeParse(options).success ? tables.get(code) ?? null : null;
}

function isSpectating(payload: unknown): boolean {
  return (payload as { spectate?: unknown } | null)?.spectate === true;
}

function leave(socket: WebSocket, connection: Connection, tables: Map<string, BareTable>): void {
  const table = connection.table;
  if (!table) return;
  table.leave(socket);
  if (table.clients === 0) {
    table.close();
    tables.delete(table.record.code);
  }
}

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const store = openSqliteMatchStore(argument('data-dir', ':memory:'));
  const server = await startBareServer(Number(argument('port', '2600')), store);
  console.log(`bare-ws listening on ${server.port}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
