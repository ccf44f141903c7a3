/**
 * One match on the bare `ws` baseline server: the same engine as the real room (createGame,
 * reduce, a ViewProjector per audience, eventsFor), the same durable log, and the same messages
 * (welcome; view as the same JSON text of a full view then patches with their events, written once
 * per audience; rejected), with nothing else: no matchmaker,
 * no Colyseus state, no bots, timers or reconnection. It is the floor the real server is measured
 * against, not a second server: seating is first come, first served.
 */
import type { WebSocket } from 'ws';
import { parseIntent } from '@shared/protocol/intents.ts';
import { ROOM_MESSAGE_SCHEMAS } from '@shared/protocol/room-messages.ts';
import { createGame, eventsFor, reduce, ViewProjector } from '@shared/rules/index.ts';
import type { Command, SystemEvent } from '@shared/rules/commands.ts';
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import type { MatchView, Viewer } from '@shared/rules/view.ts';
import { encodeFullUpdate, encodePatchUpdate } from '@shared/protocol/view-wire-encode.ts';
import type { MatchStore, NewMatch } from '@server/store/match-store.ts';

type Audience = Role | 'spectator';
/** The sockets of one audience and the view they all hold (as server/src/sync/view-sync.ts). */
type Channel = { sockets: Set<WebSocket>; projector: ViewProjector; held: MatchView | null };
/** A rule error or a protocol refusal, sent to the one client it concerns. */
type Refusal = Readonly<{ code: string; reason?: string }> | null;

const viewerOf = (a: Audience): Viewer => (a === 'spectator' ? { kind: 'spectator' } : { kind: 'seat', role: a });

/** JSON text of `[type, payload]`, the baseline's envelope; a `view` frame is the update's own JSON text (`{…}`). */
export const frame = (type: string, payload: unknown) => JSON.stringify([type, payload]);

export class BareTable {
  private state: GameState;
  private seq = 0;
  private readonly channels = new Map<Audience, Channel>();
  private readonly audiences = new Map<WebSocket, Audience>();
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
    return this.audiences.size;
  }

  join(socket: WebSocket, spectate: boolean): void {
    if (!spectate && this.host === null) this.host = socket;
    this.subscribe(socket, 'spectator');
    this.welcome(socket);
  }

  leave(socket: WebSocket): void {
    this.unsubscribe(socket);
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

  /** Like the real room: each audience's update is projected, written and encoded once per change. */
  private publish(events: readonly GameEvent[]): void {
    const texts = new Map<object, string>(); // one text cache per change, as in the real room
    for (const channel of this.channels.values()) {
      if (channel.sockets.size === 0 || channel.held === null) continue;
      const view = channel.projector.project(this.state);
      const bytes = Buffer.from(encodePatchUpdate(channel.held, view, eventsFor(events, channel.projector.viewer), texts));
      channel.held = view;
      for (const socket of channel.sockets) socket.send(bytes, { binary: false });
    }
  }

  private subscribe(socket: WebSocket, audience: Audience): void {
    this.unsubscribe(socket);
    this.audiences.set(socket, audience);
    let channel = this.channels.get(audience);
    if (!channel) {
      channel = { sockets: new Set(), projector: new ViewProjector(viewerOf(audience)), held: null };
      this.channels.set(audience, channel);
    }
    channel.sockets.add(socket);
    channel.held = channel.projector.project(this.state);
    socket.send(encodeFullUpdate(channel.held, [], new Map()));
  }

  private unsubscribe(socket: WebSocket): void {
    const audience = this.audiences.get(socket);
    if (audience === undefined) return;
    this.audiences.delete(socket);
    this.channels.get(audience)?.sockets.delete(socket);
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
