/**
 * The rules that hold at every moment of every match, whatever anyone sends, written down once so
 * unit tests, the engine fuzzer and the live fuzzer all check the same list. `stateViolations`
 * judges one state; `stepViolations` judges a change from one state to the next. Both return
 * human-readable sentences (empty when all is well) instead of throwing, so a run can count them.
 */
import { AGENDAS } from '../content/agendas.ts';
import { LEVERS } from '../model/levers.ts';
import { LEVER_IDS } from '../model/types.ts';
import { MAX_CHAT_LENGTH } from '../protocol/intents.ts';
import { hasHiddenCharacters } from '../protocol/text.ts';
import { ACTION_RULES } from '../rules/intents/index.ts';
import { isTimed } from '../rules/phases.ts';
import type { GameEvent } from '../rules/events.ts';
import { PHASES, ROLES, type Deal, type GameState } from '../rules/types.ts';

const CONTROLLERS = ['open', 'human', 'bot'];
const BALLOTS = ['yes', 'no', 'abstain'];
const DEAL_STATUSES: readonly Deal['status'][] = ['offered', 'accepted', 'declined', 'withdrawn', 'paid', 'refunded', 'expired'];
/** Where a deal may go next: escrow is released exactly once, and only from `accepted`. */
const DEAL_NEXT: Readonly<Record<Deal['status'], readonly Deal['status'][]>> = {
  offered: ['offered', 'accepted', 'declined', 'withdrawn', 'expired'],
  accepted: ['accepted', 'paid', 'refunded'],
  declined: ['declined'], withdrawn: ['withdrawn'], expired: ['expired'], paid: ['paid'], refunded: ['refunded'],
};
/** Bounded meters of the city (model.md §3): shares in [0, 1], indices in [0, 100], stocks ≥ 0. */
const WORLD_BOUNDS: Readonly<Record<string, readonly [number, number]>> = {
  H: [0, 100], R: [0, 100], c: [0, 1], ell: [0, 1], K: [0, Infinity], L: [0, Infinity], M: [0, Infinity],
  P: [0, Infinity], B: [0, Infinity], N: [0, Infinity], exportedHarm: [0, Infinity],
};

const idNumber = (id: string) => Number(id.slice(1));
const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

function phaseViolations(s: GameState): string[] {
  const out: string[] = [];
  if (!PHASES.includes(s.phase)) out.push(`unknown phase ${String(s.phase)}`);
  if ((s.phase === 'lobby') !== (s.round === 0)) out.push(`round ${s.round} in phase ${s.phase}`);
  if (s.round < 0 || s.round > s.config.rounds) out.push(`round ${s.round} outside 0..${s.config.rounds}`);
  if ((s.phaseEndsAt === null) === isTimed(s.phase)) out.push(`phaseEndsAt ${s.phaseEndsAt} in ${s.phase}`);
  if ((s.phase === 'gameOver') !== (s.outcome !== null)) out.push(`outcome ${s.outcome ? 'set' : 'missing'} in ${s.phase}`);
  if (!Number.isInteger(s.version) || s.version < 0) out.push(`version ${s.version}`);
  return out;
}

function seatViolations(s: GameState): string[] {
  const out: string[] = [];
  for (const role of ROLES) {
    const seat = s.seats[role];
    if (seat.role !== role) out.push(`seat ${role} names role ${seat.role}`);
    if (!CONTROLLERS.includes(seat.controller)) out.push(`${role} controller ${seat.controller}`);
    if (s.phase !== 'lobby' && seat.controller === 'open') out.push(`${role} open after the lobby`);
    for (const [k, v] of Object.entries(seat.resources)) if (!finite(v) || v < 0) out.push(`${role} ${k} = ${v}`);
    if (seat.resources.reputation > 100) out.push(`${role} reputation ${seat.resources.reputation} > 100`);
    if (AGENDAS[seat.agendaId]?.role !== role) out.push(`${role} has agenda ${seat.agendaId}`);
    if (seat.exposedRound !== null && seat.exposedRound > s.round) out.push(`${role} exposed in future round ${seat.exposedRound}`);
    if (typeof seat.name !== 'string' || hasHiddenCharacters(seat.name)) out.push(`${role} name ${JSON.stringify(seat.name)}`);
    const action = s.actions[role];
    if (action && !ACTION_RULES[action.kind]?.roles.includes(role)) out.push(`${role} holds action ${action.kind}`);
  }
  for (const key of Object.keys(s.actions)) if (!(ROLES as readonly string[]).includes(key)) out.push(`action of ${key}`);
  return out;
}

function proposalViolations(s: GameState): string[] {
  const out: string[] = [];
  const perSeat = new Set<string>();
  const perLever = new Set<string>();
  for (const p of s.proposals) {
    const spec = LEVERS[p.lever];
    if (!spec || !LEVER_IDS.includes(p.lever)) out.push(`${p.id} on unknown lever ${p.lever}`);
    else if (!finite(p.value) || p.value < spec.min || p.value > spec.max) out.push(`${p.id} value ${p.value} outside ${spec.min}..${spec.max}`);
    if (p.round > s.round) out.push(`${p.id} from future round ${p.round}`);
    if (p.status === 'tabled' && p.round !== s.round) out.push(`${p.id} of round ${p.round} still tabled in ${s.round}`);
    if (p.cosponsors.includes(p.by) || new Set(p.cosponsors).size !== p.cosponsors.length) out.push(`${p.id} cosponsors ${p.cosponsors.join(',')}`);
    const seatKey = `${p.round}:${p.by}`;
    const leverKey = `${p.round}:${p.lever}`;
    if (perSeat.has(seatKey)) out.push(`${p.by} tabled twice in round ${p.round}`);
    if (perLever.has(leverKey)) out.push(`${p.lever} tabled twice in round ${p.round}`);
    perSeat.add(seatKey);
    perLever.add(leverKey);
  }
  for (const [id, ballots] of Object.entries(s.ballots)) {
    if (!s.proposals.some((p) => p.id === id)) out.push(`ballots for unknown proposal ${id}`);
    for (const [role, b] of Object.entries(ballots)) {
      if (!(ROLES as readonly string[]).includes(role) || !BALLOTS.includes(b as string)) out.push(`ballot ${role}=${b} on ${id}`);
    }
  }
  return out;
}

function ledgerViolations(s: GameState): string[] {
  const out: string[] = [];
  for (const d of s.deals) {
    if (d.from === d.to) out.push(`${d.id} from ${d.from} to itself`);
    if (!DEAL_STATUSES.includes(d.status)) out.push(`${d.id} status ${d.status}`);
    for (const x of [d.credits, d.influence]) if (!Number.isInteger(x) || x < 0 || x > 1000) out.push(`${d.id} amount ${x}`);
    if (d.round > s.round) out.push(`${d.id} from future round ${d.round}`);
  }
  for (const m of s.chat) {
    if (m.text.length < 1 || m.text.length > MAX_CHAT_LENGTH) out.push(`${m.id} text of ${m.text.length} chars`);
    if (hasHiddenCharacters(m.text)) out.push(`${m.id} holds control characters`);
    if (m.to === m.from) out.push(`${m.id} whispered to oneself`);
  }
  const ids = [...s.proposals, ...s.deals, ...s.chat].map((x) => x.id);
  if (new Set(ids).size !== ids.length) out.push('duplicate ids');
  const highest = Math.max(0, ...ids.map(idNumber).filter(Number.isFinite));
  if (s.nextId <= highest) out.push(`nextId ${s.nextId} not above id ${highest}`);
  return out;
}

function worldViolations(s: GameState): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(s.world)) if (typeof v === 'number' && !Number.isFinite(v)) out.push(`world.${k} = ${v}`);
  for (const [k, [lo, hi]] of Object.entries(WORLD_BOUNDS)) {
    const v = (s.world as unknown as Record<string, number>)[k];
    if (v < lo - 1e-9 || v > hi + 1e-9) out.push(`world.${k} = ${v} outside ${lo}..${hi}`);
  }
  for (const lever of LEVER_IDS) {
    const v = s.levers[lever];
    if (!finite(v) || v < LEVERS[lever].min || v > LEVERS[lever].max) out.push(`lever ${lever} = ${v}`);
  }
  if (s.rounds.length > s.round) out.push(`${s.rounds.length} years recorded in round ${s.round}`);
  return out;
}

/** Everything wrong with one state. */
export function stateViolations(s: GameState): string[] {
  return [...phaseViolations(s), ...seatViolations(s), ...proposalViolations(s), ...ledgerViolations(s), ...worldViolations(s)];
}

const escrowed = (s: GameState, key: 'credits' | 'influence') =>
  s.deals.filter((d) => d.status === 'accepted').reduce((n, d) => n + d[key], 0);
const total = (s: GameState, key: 'credits' | 'influence') => ROLES.reduce((n, r) => n + s.seats[r].resources[key], 0) + escrowed(s, key);

/** Everything wrong with the change from `before` to `after` (one accepted command). */
export function stepViolations(before: GameState, after: GameState, events: readonly GameEvent[]): string[] {
  const out: string[] = [];
  if (after.version !== before.version + 1) out.push(`version ${before.version} → ${after.version}`);
  if (after.round < before.round) out.push(`round went back ${before.round} → ${after.round}`);
  // Money is only made at resolution (incomes, black-market takings); deals, bribes and escrow move it.
  const resolved = events.some((e) => e.type === 'roundResolved');
  if (!resolved && total(after, 'credits') !== total(before, 'credits')) out.push(`credits ${total(before, 'credits')} → ${total(after, 'credits')} outside resolution`);
  if (!resolved && total(after, 'influence') > total(before, 'influence')) out.push(`influence grew outside resolution`);
  for (const d of before.deals) {
    const now = after.deals.find((x) => x.id === d.id);
    if (!now) out.push(`deal ${d.id} vanished`);
    else if (!DEAL_NEXT[d.status].includes(now.status)) out.push(`deal ${d.id} ${d.status} → ${now.status}`);
  }
  if (after.proposals.length < before.proposals.length || after.chat.length < before.chat.length) out.push('history shrank');
  for (const role of ROLES) {
    if (before.phase !== 'lobby' && after.seats[role].agendaId !== before.seats[role].agendaId) out.push(`${role} agenda changed`);
    const acted = before.actions[role];
    if (acted && after.round === before.round && after.actions[role] !== acted) out.push(`${role} changed its action`);
  }
  for (const [id, ballots] of Object.entries(before.ballots)) {
    for (const [role, b] of Object.entries(ballots)) if (after.ballots[id]?.[role as never] !== b) out.push(`ballot ${role} on ${id} changed`);
  }
  return out;
}
