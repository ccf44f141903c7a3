/**
 * One match on the bare `ws` baseline server: the same engine as the real room (createGame,
 * reduce, viewFor, eventsFor), the same durable log, and the same message shapes (welcome, view
 * as full view then top-level patches, events, rejected), with nothing else: no matchmaker,
 * no Colyseus state, no bots, timers or reconnection. It is the floor the real server is measured
 * against, not a second server: seating is first come, first served.
 */
import type { WebSocket } from 'ws';
import { parseIntent } from '@shared/protocol/intents.ts';
import { ROOM_MESSAGE_SCHEMAS } from '@shared/protocol/room-messages.ts';
import { createGame, eventsFor, reduce, viewFor } from '@shared/rules/index.ts';
import type { Command, SystemEvent } from '@shared/rules/commands.ts';
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import type { Viewer } from '@shared/rules/view.ts';
import type { MatchStore, NewMatch } from '@server/store/match-store.ts';
import { serializeView } from '@server/sync/view-diff.ts';

type Audience = Role | 'spectator';
type Subscriber = { socket: WebSocket; audience: Audience; sent: Map<string, string> };
/** A view cut into its top-level parts, each serialised once for every client of that viewer. */
type Parts = { version: number; parts: ReadonlyMap<string, string> };
/** A rule error or a protocol refusal, sent to the one client it concerns. */
type Refusal = Readonly<{ code: string; reason?: string }> | null;

const viewerOf = (a: Audience): Viewer => (a === 'spectator' ? { kind: 'spectator' } : { kind: 'seat', role: a });

/** JSON text of `[type, payload]`, the baseline's envelope. */
export const frame = (type: string, payload: unknown) => JSON.stringify([type, payload]);

export class BareTable {
  private state: GameState;
  private seq = 0;
  private readonly subscribers = new Map<WebSocket, Subscriber>();
  private readonly seats = new Map<WebSocket, Role>();
  private host: WebSocket | null = null;
  private readonly startedAt = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private timerKey = '';

  constructor(readonly record: NewMatch, private readonly store: MatchStore) {
    store.createMatch(record);
    this.state = createGame(record.config, record.seed);
  }

  get clients(): number {
    return this.subscribers.size;
  }

  join(socket: WebSocket, spectate: boolean): void {
    if (!spectate && this.host === null) this.host = socket;
    this.subscribe(socket, 'spectator');
    this.welcome(socket);
  }

  leave(socket: WebSocket): void {
    this.subscribers.delete(socket);
    this.seats.delete(socket);
    if (this.host === socket) this.host = null;
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** One message from a client of this table: a lobby message or a game intent. */
  receive(socket: WebSocket, type: string, payload: unknown): void {
    if (type === 'claimSeat') return this.claimSeat(socket, payload);
    if (type === 'hostStart') return this.reject(socket, type, socket === this.host ? this.system({ type: 'startMatch' }) : { code: 'notHost' });
    const parsed = parseIntent(type, payload);
    if (!parsed.ok) return this.reject(socket, type, { code: 'invalidMessage', reason: parsed.reason });
    const actor = this.seats.get(socket);
    if (actor === undefined) return this.reject(socket, type, { code: 'notSeated' });
    this.reject(socket, type, this.dispatch({ kind: 'intent', actor, at: this.now(), intent: parsed.intent }));
  }

  private claimSeat(socket: WebSocket, payload: unknown): void {
    const parsed = ROOM_MESSAGE_SCHEMAS.claimSeat.safeParse(payload);
    if (!parsed.success) return this.reject(socket, 'claimSeat', { code: 'invalidMessage', reason: parsed.error.issues[0].message });
    const { role, name } = parsed.data;
    const refusal = this.system({ type: 'seatTaken', role, name, controller: 'human' });
    if (refusal) return this.reject(socket, 'claimSeat', refusal);
    this.seats.set(socket, role);
    this.subscribe(socket, role);
    this.welcome(socket);
  }

  private now(): number {
    return performance.now() - this.startedAt;
  }

  private system(event: SystemEvent): Refusal {
    return this.dispatch({ kind: 'system', at: this.now(), event });
  }

  private dispatch(command: Command): Refusal {
    const result = reduce(this.state, command);
    if (!result.ok) return result.error;
    this.store.appendCommand(this.record.id, this.seq++, command);
    this.state = result.state;
    this.publish(result.events);
    this.armTimer();
    return null;
  }

  private reject(socket: WebSocket, type: string, error: Refusal): void {
    if (error) socket.send(frame('rejected', { type, error }));
  }

  /** Like the real room: each viewer's view is computed once per change and sent as a patch. */
  private publish(events: readonly GameEvent[]): void {
    const byAudience = new Map<Audience, Subscriber[]>();
    for (const sub of this.subscribers.values()) byAudience.set(sub.audience, [...(byAudience.get(sub.audience) ?? []), sub]);
    for (const [audience, subs] of byAudience) {
      const viewer = viewerOf(audience);
      const parts = serialize(this.state, viewer);
      const visible = eventsFor(events, viewer);
      const eventsFrame = visible.length > 0 ? frame('events', visible) : null;
      for (const sub of subs) {
        const patch = patchFrame(parts, sub.sent);
        if (patch) sub.socket.send(patch);
        if (eventsFrame) sub.socket.send(eventsFrame);
      }
    }
  }

  private subscribe(socket: WebSocket, audience: Audience): void {
    const sub: Subscriber = { socket, audience, sent: new Map() };
    this.subscribers.set(socket, sub);
    const { parts } = serialize(this.state, viewerOf(audience));
    const body: string[] = [];
    for (const [key, json] of parts) {
      sub.sent.set(key, json);
      body.push(`${JSON.stringify(key)}:${json}`);
    }
    socket.send(`["view",{"full":{${body.join(',')}}}]`);
  }

  private welcome(socket: WebSocket): void {
    const role = this.seats.get(socket) ?? null;
    const spectator = role === null && socket !== this.host;
    socket.send(frame('welcome', { role, seatToken: null, isHost: socket === this.host, spectator, code: this.record.code, matchId: this.record.id }));
  }

  /** The engine says when the phase ends; the table tells it when that time has come. */
  private armTimer(): void {
    const { phaseEndsAt, phase, round } = this.state;
    const key = phaseEndsAt === null ? '' : `${round}:${phase}:${phaseEndsAt}`;
    if (key === this.timerKey) return;
    this.timerKey = key;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (phaseEndsAt === null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerKey = '';
      this.dispatch({ kind: 'system', at: Math.max(this.now(), phaseEndsAt), event: { type: 'phaseTimeout', phase, round } });
    }, Math.max(0, phaseEndsAt - this.now()));
  }
}

/** The same serialisation as the real room: each top-level part once per object (server/src/sync/view-diff.ts). */
function serialize(state: GameState, viewer: Viewer): Parts {
  const view = viewFor(state, viewer);
  return { version: view.version, parts: serializeView(view).parts };
}

/** The `view` patch frame from what `sent` holds to `parts`, built from the part texts as they are. */
function patchFrame({ version, parts }: Parts, sent: Map<string, string>): string | null {
  const body: string[] = [];
  for (const [key, json] of parts) {
    if (sent.get(key) === json) continue;
    sent.set(key, json);
    body.push(`${JSON.stringify(key)}:${json}`);
  }
  return body.length === 0 ? null : `["view",{"version":${version},"patch":{${body.join(',')}}}]`;
}
