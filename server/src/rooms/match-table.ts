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
import { ROLES, type GameState, type Role } from '@shared/rules/types.ts';
import { syncLobby } from '../sync/lobby-sync.ts';
import { ViewSync } from '../sync/view-sync.ts';
import { BotDriver } from './bot-driver.ts';
import { Continuity } from './continuity.ts';
import { infoOf, type MatchClient } from './match-client.ts';
import type { MatchListing } from './match-listing.ts';
import type { MatchSession } from './match-session.ts';
import { CHAT_RULE, INTENT_RULE, RateLimiter, ROOM_MESSAGE_RULE, SPECTATOR_CHAT_RULE } from './rate-limit.ts';
import type { RoomContext, RoomPort } from './room-context.ts';
import { SeatMap } from './seat-map.ts';
import { keepPunctual, PhaseTimer } from './timers.ts';

const ABANDON_CHECK_MS = 5000;

export class MatchTable {
  readonly seats: SeatMap;
  readonly views: ViewSync;
  readonly continuity: Continuity;
  readonly dropped = new Set<string>();
  readonly chatLimit = new RateLimiter(CHAT_RULE);
  readonly spectatorChatLimit = new RateLimiter(SPECTATOR_CHAT_RULE);
  readonly intentLimit = new RateLimiter(INTENT_RULE);
  readonly roomMessageLimit = new RateLimiter(ROOM_MESSAGE_RULE);
  rematchCode: string | null = null;
  shuttingDown = false;
  finished = false;
  private readonly timer: PhaseTimer;
  private readonly bots: BotDriver;
  private readonly clockOffset: number;
  private listing = '';
  private emptySince: number | null = null;
  private patchPending = false;
  /** A class table the facilitator paused or closed: no phase timeouts and no bot moves until released. */
  private held = false;

  constructor(readonly room: RoomPort, readonly session: MatchSession, readonly ctx: RoomContext, tokens: Partial<Record<Role, string>> = {}) {
    const { settings } = ctx;
    keepPunctual(room.clock); // timers wake the room on time, with no patch-interval tick needed
    const schedule = (run: () => void, ms: number) => room.clock.setTimeout(run, ms);
    // Time continues from the last logged command after a restart, so deadlines keep their meaning.
    this.clockOffset = session.state.now - room.clock.elapsedTime;
    this.seats = new SeatMap(session.record.id, ctx.store, tokens);
    this.views = new ViewSync(session.state, session.record.settings.spectatorDelaySec * 1000, schedule, () => this.now());
    this.timer = new PhaseTimer(room.clock, () => this.now(), (phase, round, at) => this.system({ type: 'phaseTimeout', phase, round }, at) === null);
    this.bots = new BotDriver(room.clock, settings.botDelayMs, session.record.seed, () => this.state, (role, intent) => this.intent(role, intent) === null);
    this.continuity = new Continuity(room.clock, settings.idleWarnPhases, settings.idleBotPhases, {
      isPresent: (role) => this.isPresent(role),
      warn: (role) => {
        const idle = this.clientOf(role);
        if (idle) this.notify({ kind: 'inactivityWarning', role }, idle); // the warning is for them alone
      },
      takeOver: (role) => this.takeOver(role),
    });
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
    this.timer.sync(this.state);
    this.bots.wake(this.state);
    this.room.autoDispose = this.state.phase === 'lobby' && !resumed;
    this.room.clock.setInterval(() => this.checkAbandoned(), ABANDON_CHECK_MS);
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

  clientOf(role: Role): MatchClient | undefined {
    const sessionId = this.seats.holderOf(role);
    return sessionId === null ? undefined : this.room.clients.getById(sessionId);
  }

  isPresent(role: Role): boolean {
    const sessionId = this.seats.holderOf(role);
    return sessionId !== null && !this.dropped.has(sessionId) && this.room.clients.getById(sessionId) !== undefined;
  }

  /** A bot plays `role` until its player comes back. */
  takeOver(role: Role): void {
    if (this.state.seats[role].controller !== 'human') return;
    if (this.system({ type: 'seatController', role, controller: 'bot' }) === null) this.notify({ kind: 'botTookSeat', role });
  }

  welcome(client: MatchClient): void {
    const role = this.seats.roleOf(client.sessionId);
    client.send('welcome', {
      role,
      seatToken: role === null ? null : this.seats.tokenOf(role),
      isHost: this.seats.isHost(client.sessionId),
      spectator: infoOf(client).spectator,
      code: this.code,
      matchId: this.session.record.id,
    });
  }

  /** A notice to one client, or to everyone. */
  notify(notice: ServerMessages['notice'], to?: MatchClient): void {
    if (to) to.send('notice', notice);
    else for (const client of this.room.clients) client.send('notice', notice);
  }

  /** Pushes the public table facts into the synced state and the room listing. */
  refresh(): void {
    const hostRole = this.seats.host === null ? null : this.seats.roleOf(this.seats.host);
    const spectators = this.room.clients.filter((c) => this.seats.roleOf(c.sessionId) === null).length;
    syncLobby(this.room.state, this.state, { now: this.now(), isConnected: (r) => this.isPresent(r), hostRole, spectators });
    this.updateListing(spectators);
    this.schedulePatch();
  }

  /**
   * Sends the state patch right after the current work, not inside it: broadcastPatch ticks the
   * room clock, and a tick from inside a clock callback (a bot move, a timeout) would re-enter it.
   */
  private schedulePatch(): void {
    if (this.patchPending) return;
    this.patchPending = true;
    queueMicrotask(() => {
      this.patchPending = false;
      try {
        this.room.broadcastPatch();
      } catch (error) {
        // Outside Colyseus's own guards: a throw here must not take the process (and every match) down.
        console.error(`[match ${this.code}] patch failed`, error);
      }
    });
  }

  private afterChange(command: Command, events: readonly GameEvent[]): void {
    const state = this.state;
    this.continuity.observe(state, command.kind === 'system' && command.event.type === 'phaseTimeout');
    this.views.publish(state, events);
    if (!this.held) {
      this.timer.sync(state);
      this.bots.wake(state);
    }
    if (state.phase === 'gameOver') this.finish();
    else if (state.phase !== 'lobby') this.room.autoDispose = false; // bots play on while players are away
    this.refresh();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.session.finish(Date.now());
    this.bots.stop();
    this.timer.clear();
    this.room.autoDispose = true;
    const ttlMs = this.ctx.settings.finishedRoomTtlSec * 1000;
    this.room.clock.setTimeout(() => void this.room.disconnect(), ttlMs);
    if (this.room.clients.length === 0) void this.room.disconnect();
  }

  /** Nobody connected to a running match for too long: keep it stored, stop running it. */
  private checkAbandoned(): void {
    if (this.room.clients.length > 0 || this.dropped.size > 0 || this.finished || this.room.autoDispose) {
      this.emptySince = null;
      return;
    }
    const { abandonAfterSec, reconnectGraceSec } = this.ctx.settings;
    const limitSec = this.state.phase === 'lobby' ? reconnectGraceSec : abandonAfterSec;
    this.emptySince ??= this.now();
    if (this.now() - this.emptySince >= limitSec * 1000) void this.room.disconnect();
  }

  /** Someone is at the table: an empty lobby may close by itself again once they have all left. */
  arrived(): void {
    if (this.state.phase === 'lobby') this.room.autoDispose = true;
  }

  private updateListing(spectators: number): void {
    const { config, phase, round } = this.state;
    const players = ROLES.filter((role) => this.isPresent(role)).length;
    const listing: MatchListing = {
      code: this.code, scenario: config.scenario, round, rounds: config.rounds, phase, players, spectators,
      allowSpectators: this.session.record.settings.allowSpectators,
    };
    const json = JSON.stringify(listing);
    if (json === this.listing) return;
    this.listing = json;
    void this.room.setMetadata(listing);
  }
}
