/**
 * One headless client: joins (or creates) a match, takes a seat or watches, plays with the
 * autopilot, prints the match's progress, and comes back with its seat token if the connection
 * or the server goes away. Resolves with a one-line result when the match is over.
 */
import { Client, type Room } from '@colyseus/sdk';
import type { ServerMessages } from '@shared/protocol/server-messages.ts';
import { applyViewUpdate, parseViewUpdate } from '@shared/protocol/view-wire.ts';
import { MATCH_ROOM, PROTOCOL_VERSION } from '@shared/protocol/version.ts';
import { ROLES, type Role } from '@shared/rules/types.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { startAutopilot, type Autopilot } from './autopilot.ts';
import type { BotArgs } from './bot-args.ts';

const REJOIN_ATTEMPTS = 20;

export class BotClient {
  private view: MatchView | null = null;
  private welcome: ServerMessages['welcome'] | null = null;
  private pilot: Autopilot | null = null;
  private claimed = false;
  private started = false;
  private finished = false;
  private progress = '';
  private currentRoom: Room | null = null;
  private settle: { resolve: (line: string) => void; reject: (error: Error) => void } | null = null;

  constructor(private readonly args: BotArgs) {}

  async run(): Promise<string> {
    const sdk = new Client(this.args.url);
    const base = { protocolVersion: PROTOCOL_VERSION, name: this.args.name };
    const room = this.args.create
      ? await sdk.create(MATCH_ROOM, { ...base, bots: true })
      : await sdk.joinById(this.args.code!, { ...base, spectate: this.args.spectate });
    this.currentRoom = room;
    this.attach(room);
    if (this.args.create) console.log(`created match ${room.roomId}`);
    return new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  private attach(room: Room): void {
    room.onMessage('welcome', (w: ServerMessages['welcome']) => {
      this.welcome = w;
      this.act(room);
    });
    room.onMessage('view', (m: ServerMessages['view']) => {
      this.view = applyViewUpdate(this.view, parseViewUpdate(m));
      this.report();
      this.act(room);
      this.pilot?.viewChanged();
    });
    room.onMessage('rejected', (r: ServerMessages['rejected']) => {
      if (r.type === 'claimSeat') return this.settle?.reject(new Error(`seat refused: ${JSON.stringify(r.error)}`));
      if (!this.args.quiet && r.error.code !== 'staleVersion') console.log(`refused ${r.type}: ${JSON.stringify(r.error)}`);
      this.pilot?.refused(r.error.code);
    });
    room.onMessage('notice', (n: ServerMessages['notice']) => this.log(`notice: ${n.kind}${n.role ? ` (${n.role})` : ''}${n.code ? ` ${n.code}` : ''}`));
    room.onMessage('spectatorChat', (c: ServerMessages['spectatorChat']) => this.log(`[spectators] ${c.from}: ${c.text}`));
    room.onLeave(() => void this.rejoin(room.roomId));
  }

  /** Sits down once both the welcome and the view are in; starts the match it created. */
  private act(room: Room): void {
    const { welcome, view } = this;
    if (!welcome || !view || this.args.spectate) return;
    if (welcome.role === null && !this.claimed) {
      const role = this.args.seat ?? ROLES.find((r) => view.seats[r].controller === (view.phase === 'lobby' ? 'open' : 'bot'));
      if (!role) return this.settle?.reject(new Error('no free seat'));
      this.claimed = true;
      room.send('claimSeat', { role, name: this.args.name });
      return;
    }
    if (welcome.role !== null) this.fly(room, welcome.role);
    if (this.args.create && welcome.isHost && welcome.role !== null && view.phase === 'lobby' && !this.started) {
      this.started = true;
      room.send('hostStart', {});
    }
  }

  private fly(room: Room, role: Role): void {
    this.currentRoom = room;
    if (this.pilot) return;
    this.log(`playing ${role} in ${room.roomId}`);
    this.pilot = startAutopilot({
      view: () => this.view,
      send: ({ type, ...payload }) => this.currentRoom?.send(type, payload),
      seed: this.args.seed,
      gapMs: this.args.delayMs,
    });
  }

  private report(): void {
    const view = this.view!;
    const line = `round ${view.round}/${view.config.rounds} · ${view.phase}`;
    if (line !== this.progress) {
      this.progress = line;
      this.log(line);
    }
    if (view.phase !== 'gameOver' || this.finished) return;
    this.finished = true;
    this.pilot?.stop();
    const o = view.outcome;
    this.settle?.resolve(`game over: ${o?.reason}, city ${o?.citySucceeded ? 'succeeded' : 'failed'}, winners: ${o?.winners.join(', ') || 'none'}`);
  }

  /** The connection is gone for good: come back with the seat token (works after a restart too). */
  private async rejoin(code: string): Promise<void> {
    if (this.finished) return;
    const seatToken = this.welcome?.seatToken ?? undefined;
    for (let attempt = 1; attempt <= REJOIN_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
      try {
        const options = { protocolVersion: PROTOCOL_VERSION, ...(seatToken ? { seatToken } : { name: this.args.name, spectate: this.args.spectate }) };
        const room = await new Client(this.args.url).joinById(code, options);
        this.log(`rejoined ${code}`);
        this.currentRoom = room;
        this.attach(room);
        return;
      } catch (error) {
        this.log(`rejoin attempt ${attempt} failed: ${(error as Error).message}`);
      }
    }
    this.settle?.reject(new Error(`lost match ${code}`));
  }

  private log(line: string): void {
    if (!this.args.quiet) console.log(`[${this.currentRoom?.roomId ?? this.args.code ?? '…'}] ${line}`);
  }
}
