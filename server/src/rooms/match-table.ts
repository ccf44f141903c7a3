/**
 * One table in play: the match session, who sits where, and everything that follows an accepted
 * command (log it, show each viewer their view and events, re-arm the phase timer, let bots move).
 * Every change, from a person, a bot, a timer or the host, goes through `dispatch`.
 */
import type { Intent } from '@shared/protocol/intents.ts';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import type { Command, SystemEvent } from '@shared/rules/commands.ts';
import type { RuleError } from '@shared/rules/errors.ts';
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import { ViewSync } from '../sync/view-sync.ts';
import { BotDriver } from './bot-driver.ts';
import { Continuity, continuityHooks } from './continuity.ts';
import { AbandonWatch } from './abandon-watch.ts';
import type { MatchClient } from './match-client.ts';
import type { MatchSession } from './match-session.ts';
import { TableLimits } from './rate-limit.ts';
import type { RoomContext, RoomPort } from './room-context.ts';
import { SeatMap } from './seat-map.ts';
import { keepPunctual } from './punctual-clock.ts';
import { TableAnnouncer } from './table-announcer.ts';
import { PhaseTimer } from './timers.ts';

export class MatchTable {
  readonly seats: SeatMap;
  readonly views: ViewSync;
  readonly continuity: Continuity;
  readonly dropped = new Set<string>();
  readonly limits = new TableLimits();
  rematchCode: string | null = null;
  shuttingDown = false;
  finished = false;
  private readonly timer: PhaseTimer;
  private readonly bots: BotDriver;
  private readonly clockOffset: number;
  private readonly announcer = new TableAnnouncer(this);
  private readonly abandonWatch = new AbandonWatch(this);
  /** A class table the facilitator paused or closed: no phase timeouts and no bot moves until released. */
  private held = false;

  constructor(readonly room: RoomPort, readonly session: MatchSession, readonly ctx: RoomContext, tokens: Partial<Record<Role, string>> = {}) {
    keepPunctual(room.clock); // timers wake the room on time, with no patch-interval tick needed
    // Time continues from the last logged command after a restart, so deadlines keep their meaning.
    this.clockOffset = session.state.now - room.clock.elapsedTime;
    this.seats = new SeatMap(session.record.id, ctx.store, tokens);
    this.views = new ViewSync(session.state, session.record.settings.spectatorDelaySec * 1000, (run, ms) => room.clock.setTimeout(run, ms), () => this.now());
    this.timer = new PhaseTimer(room.clock, () => this.now(), (phase, round, at) => this.system({ type: 'phaseTimeout', phase, round }, at) === null);
    this.bots = new BotDriver(room.clock, ctx.settings.botDelayMs, session.record.seed, () => this.state, (role, intent) => this.intent(role, intent) === null);
    this.continuity = new Continuity(room.clock, ctx.settings.idleWarnPhases, ctx.settings.idleBotPhases, continuityHooks(this));
  }

  get state(): GameState {
    return this.session.state;
  }

  get code(): string {
    return this.session.record.code;
  }

  /** Room-clock time in ms, never behind the last command. */
  now(): number {
    return Math.max(this.clockOffset + this.room.clock.elapsedTime, this.state.now);
  }

  /**
   * Starts timers and bots for the current state. A table resumed after a restart stays open while
   * nobody is back yet (even a lobby), so its players have time to return with their seat tokens.
   */
  start(resumed = false): void {
    this.wake();
    this.room.autoDispose = this.state.phase === 'lobby' && !resumed;
    this.abandonWatch.start();
    this.refresh();
  }

  stop(): void {
    this.timer.clear();
    this.bots.stop();
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Holds the table still (timers stopped, bots idle) or lets it run again from its current deadline. */
  hold(held: boolean): void {
    this.held = held;
    if (held) return this.stop();
    this.wake();
  }

  /** Arms the phase timer and lets bots move, for the current state. */
  private wake(): void {
    this.timer.sync(this.state);
    this.bots.wake(this.state);
  }

  dispatch(command: Command): RuleError | null {
    const result = this.session.apply(command);
    if (!result.ok) return result.error;
    this.afterChange(command, result.events);
    return null;
  }

  intent(actor: Role, intent: Intent): RuleError | null {
    return this.dispatch({ kind: 'intent', actor, at: this.now(), intent });
  }

  system(event: SystemEvent, at = this.now()): RuleError | null {
    return this.dispatch({ kind: 'system', at, event });
  }

  isPresent(role: Role): boolean {
    const sessionId = this.seats.holderOf(role);
    return sessionId !== null && !this.dropped.has(sessionId) && this.room.clients.getById(sessionId) !== undefined;
  }

  /** A notice to one client, or to everyone. */
  notify(notice: ServerMessages['notice'], to?: MatchClient): void {
    if (to) to.send('notice', notice);
    else for (const client of this.room.clients) client.send('notice', notice);
  }

  /** Pushes the public table facts into the synced state and the room listing. */
  refresh(): void {
    this.announcer.announce();
  }

  private afterChange(command: Command, events: readonly GameEvent[]): void {
    const state = this.state;
    this.continuity.observe(state, command.kind === 'system' && command.event.type === 'phaseTimeout');
    this.views.publish(state, events);
    if (!this.held) this.wake();
    if (state.phase === 'gameOver') this.finish();
    else if (state.phase !== 'lobby') this.room.autoDispose = false; // bots play on while players are away
    this.refresh();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.session.finish(Date.now());
    this.stop();
    this.room.autoDispose = true;
    const ttlMs = this.ctx.settings.finishedRoomTtlSec * 1000;
    this.room.clock.setTimeout(() => void this.room.disconnect(), ttlMs);
    if (this.room.clients.length === 0) void this.room.disconnect();
  }
}
