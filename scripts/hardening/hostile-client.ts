/**
 * One hostile participant of a live match: a seated player, a guest, a spectator or a raw-frame
 * sender. On every tick it sends one message from the seeded fuzzers, judged first by the same
 * contracts the server uses (after a msgpack round trip, so it sees exactly what the server will):
 * what it sends well-formed goes into the room's ledger (to explain later changes), what breaks a
 * contract must come back as a clear `invalidMessage`/`unknownMessage` refusal.
 */
import { pack, unpack } from 'msgpackr';
import {
  contextOfView, countMessage, fuzzRoomMessage, garbageFrame, meetsRoomContract, messageFuzzer,
  type FuzzTally, type MessageFuzzer, type Rand,
} from '@shared/fuzz/index.ts';
import { parseIntent } from '@shared/protocol/intents.ts';
import type { RoomLedger } from './room-audit.ts';
import type { WireClient } from './wire-client.ts';

export type HostileKind = 'seat' | 'guest' | 'spectator' | 'garbage';

const CONTRACT_CODES = new Set(['invalidMessage', 'unknownMessage']);

/** What the server will decode: msgpack turns -0 into 0, lone surrogates into U+FFFD, and so on. */
function overTheWire(value: unknown): unknown {
  return value === undefined ? undefined : unpack(pack(value));
}

export class HostileClient {
  /** Messages sent that break a contract (each must be answered as such). */
  contractFailures = 0;
  dropped = false;
  /** A new connection is on its way (after a drop). */
  rejoining = false;
  private readonly fuzzer: MessageFuzzer;
  private lastPhase = '';
  private beforePhase: number | null = null;
  private lastVersion = -1;

  constructor(
    public wire: WireClient,
    readonly kind: HostileKind,
    private readonly rand: Rand,
    private readonly ledger: RoomLedger,
    private readonly tally: FuzzTally,
  ) {
    this.fuzzer = messageFuzzer(rand);
    this.watch();
  }

  /** Contract refusals received so far. */
  get contractAnswers(): number {
    return this.wire.rejected.filter((r) => CONTRACT_CODES.has(r.error.code)).length;
  }

  /** A new connection for the same participant (after a drop). */
  replace(wire: WireClient): void {
    this.wire = wire;
    this.dropped = true;
    this.watch();
  }

  /** Sends one hostile message; false when the connection is closed. */
  step(): boolean {
    if (!this.wire.open) return false;
    if (this.kind === 'garbage' && this.rand.chance(0.6)) {
      const frame = garbageFrame(this.rand);
      this.wire.raw(frame.data);
      countMessage(this.tally, 'garbageFrame', 'contractRefused', frame.how);
      return true;
    }
    if (this.rand.chance(0.22)) this.sendRoomMessage();
    else this.sendIntent();
    return true;
  }

  private watch(): void {
    this.wire.onView = () => {
      const view = this.wire.view;
      if (!view) return;
      const phaseKey = `${view.round}:${view.phase}`;
      // The last version seen in an earlier phase is certainly from before the current one began.
      if (phaseKey !== this.lastPhase && this.lastPhase !== '') this.beforePhase = this.lastVersion;
      this.lastPhase = phaseKey;
      this.lastVersion = view.version;
    };
  }

  private sendIntent(): void {
    const role = this.wire.welcome?.role ?? null;
    const message = this.fuzzer.next(contextOfView(this.wire.view, role, this.beforePhase));
    const payload = overTheWire(message.payload);
    const parsed = typeof message.type === 'string' || typeof message.type === 'number' ? parseIntent(message.type, payload) : null;
    if (!this.send(message.type, message.payload)) return;
    if (parsed?.ok) {
      const key = JSON.stringify(parsed.intent);
      this.ledger.intents.set(key, (this.ledger.intents.get(key) ?? 0) + 1);
      this.fuzzer.accepted(message);
    } else this.contractFailures += 1;
    countMessage(this.tally, message.category, parsed?.ok ? 'accepted' : 'contractRefused');
  }

  private sendRoomMessage(): void {
    const message = fuzzRoomMessage(this.rand);
    const wire = { type: message.type, payload: overTheWire(message.payload) };
    const meets = meetsRoomContract(wire);
    if (!this.send(message.type, message.payload)) return;
    if (!meets) this.contractFailures += 1;
    if (meets && message.type === 'hostStart') this.ledger.hostStarts += 1;
    if (meets && message.type === 'hostSetTimers') this.ledger.hostSetTimers += 1;
    countMessage(this.tally, `room:${String(message.type)}`, meets ? 'accepted' : 'contractRefused');
  }

  /** Sends through the SDK; false if the SDK itself cannot encode it (nothing left the client). */
  private send(type: unknown, payload: unknown): boolean {
    if (typeof type !== 'string' && typeof type !== 'number') return false;
    try {
      this.wire.send(type, payload);
      return true;
    } catch {
      return false;
    }
  }
}
