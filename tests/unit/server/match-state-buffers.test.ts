/**
 * A match room's encoding buffers are sized for the largest state a match can have, not Colyseus's
 * 16 KB default: the worst-case state fits with room to spare, and a room with the small buffers
 * sends exactly the bytes it sent with the large ones (full state and patches). Match rooms share
 * one description of their state types, the very bytes each would have written.
 */
import { describe, expect, it } from 'vitest';
import { ClientState, SchemaSerializer } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { MAX_NAME_LENGTH } from '@shared/protocol/room-messages.ts';
import { SCENARIO_IDS } from '@shared/model/types.ts';
import { PHASES, ROLES } from '@shared/rules/types.ts';
import { ROOM_CODE_LENGTH, makeMatchId } from '@server/rooms/identifiers.ts';
import { MatchSchema, SeatSchema } from '@server/schema/match-schema.ts';
import { MATCH_STATE_BUFFER_BYTES, shareStateHandshake, shrinkStateBuffers } from '@server/schema/state-buffers.ts';

const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));

/** Every field at its largest: names of 3-byte characters, the longest ids, the widest numbers. */
function worstState(): MatchSchema {
  const state = new MatchSchema();
  Object.assign(state, {
    code: 'Z'.repeat(ROOM_CODE_LENGTH), matchId: makeMatchId(), scenario: longest(SCENARIO_IDS), rounds: 255, phase: longest(PHASES),
    round: 255, phaseEndsAt: -Number.MAX_VALUE, deadline: Number.MAX_VALUE, hostRole: longest(ROLES), spectators: 65_535,
    allowSpectators: true, isPublic: true,
  });
  for (const role of ROLES) {
    const seat = new SeatSchema();
    Object.assign(seat, { role, name: '\uFFFD'.repeat(MAX_NAME_LENGTH), controller: 'human', connected: true, ready: true });
    state.seats.set(role, seat);
  }
  return state;
}

type Sent = Uint8Array[];
/** A joined client that records the frames it is sent. */
function recordingClient(sent: Sent) {
  return { state: ClientState.JOINED, raw: (bytes: Uint8Array) => sent.push(Uint8Array.from(bytes)) };
}

/** A lobby that fills up: three moments of one match, each sent as a patch. */
function play(state: MatchSchema, serializer: SchemaSerializer<MatchSchema>, sent: Sent): void {
  const client = recordingClient(sent);
  const clients = [client] as unknown as Parameters<SchemaSerializer<MatchSchema>['applyPatches']>[0];
  Object.assign(state, { code: 'ABCDE', matchId: 'm-1', rounds: 8 });
  sent.push(Uint8Array.from(serializer.getFullState()));
  for (const [i, role] of ROLES.entries()) {
    const seat = new SeatSchema();
    Object.assign(seat, { role, name: `Player ${i}`, controller: 'human', connected: true });
    state.seats.set(role, seat);
    serializer.applyPatches(clients, state);
  }
  Object.assign(state, { phase: 'briefing', round: 1, phaseEndsAt: 90_000, deadline: 1_764_000_000_000 });
  serializer.applyPatches(clients, state);
  sent.push(Uint8Array.from(serializer.getFullState()));
}

describe('match state buffers', () => {
  it('hold the largest possible match state with a quarter to spare, as a full state and as a patch', () => {
    const encoder = new Encoder(worstState());
    const full = encoder.encodeAll({ offset: 1 });
    const patch = encoder.encode({ offset: 1 });
    expect(full.length).toBeGreaterThan(400); // the worst case really is filled in
    expect(full.length).toBeLessThanOrEqual(MATCH_STATE_BUFFER_BYTES * 0.75);
    expect(patch.length).toBeLessThanOrEqual(MATCH_STATE_BUFFER_BYTES * 0.75);
  });

  it('send the same bytes as the default buffers, which they replace', () => {
    const sent: Record<'small' | 'large', Sent> = { small: [], large: [] };
    for (const kind of ['small', 'large'] as const) {
      const state = new MatchSchema();
      const serializer = new SchemaSerializer<MatchSchema>();
      serializer.reset(state);
      if (kind === 'small') {
        expect(shrinkStateBuffers({ _serializer: serializer } as never)).toBe(true);
        const internals = serializer as unknown as { fullEncodeBuffer: Uint8Array; encoder: { sharedBuffer: Uint8Array } };
        expect(internals.fullEncodeBuffer.byteLength).toBe(MATCH_STATE_BUFFER_BYTES);
        expect(internals.encoder.sharedBuffer.byteLength).toBe(MATCH_STATE_BUFFER_BYTES);
      }
      play(state, serializer, sent[kind]);
    }
    expect(sent.small.length).toBe(7);
    expect(sent.small).toEqual(sent.large);
  });

  it('leave a room without the schema serializer alone', () => {
    expect(shrinkStateBuffers({ _serializer: { id: 'none' } } as never)).toBe(false);
  });

  it('share one description of the state types between rooms, the same bytes each would write', () => {
    const serializers = [0, 1, 2].map(() => {
      const serializer = new SchemaSerializer<MatchSchema>();
      serializer.reset(new MatchSchema());
      return serializer;
    });
    const own = serializers[2].handshake();
    for (const serializer of serializers.slice(0, 2)) expect(shareStateHandshake({ _serializer: serializer } as never)).toBe(true);
    const [first, second] = serializers.map((s) => s.handshake());
    expect(second).toBe(first);
    expect(Array.from(first!)).toEqual(Array.from(own!));
    expect(own!.length).toBeGreaterThan(100);
  });
});
