/**
 * What one viewer must not learn about the others, and a checker that searches a serialised view (or
 * event list) for it: another seat's agenda, its private intel, covert actions, the hidden byproduct
 * rate, deals and whispers it is not party to, and ballots before the reveal.
 */
import { AGENDAS } from '@shared/content/agendas.ts';
import { ROLES, type GameState, type MatchView, type Role, type Viewer } from '@shared/rules/index.ts';

const COVERT_KINDS = ['divert', 'bribe', 'sabotage'] as const;
const PRIVATE_ACTION_KINDS = ['assay', 'retrofit', 'investigate', ...COVERT_KINDS] as const;

function viewerRole(viewer: Viewer): Role | null {
  return viewer.kind === 'seat' ? viewer.role : null;
}

/** Secrets of `owner` that `viewer` must not see, as strings to search for. */
function secretStrings(state: GameState, owner: Role, viewer: Viewer): string[] {
  const seat = state.seats[owner];
  const agenda = AGENDAS[seat.agendaId];
  const out = [`"${seat.agendaId}"`, agenda.text];
  if (seat.intel.some((i) => i.kind === 'investigation')) out.push('"kind":"investigation"');
  const me = viewerRole(viewer);
  for (const c of seat.covertLog) {
    // The bribed seat is told who bribed it and how much; nobody else is.
    if (!(c.kind === 'bribe' && c.target === me)) out.push(`"kind":"${c.kind}"`);
  }
  const action = state.actions[owner];
  if (action && (PRIVATE_ACTION_KINDS as readonly string[]).includes(action.kind)) out.push(`"kind":"${action.kind}"`);
  return out;
}

/** Structural checks: fields that must be absent or the viewer's own. */
function structuralLeaks(state: GameState, view: MatchView, me: Role | null): string[] {
  const out: string[] = [];
  for (const role of ROLES) {
    if (role === me) continue;
    const s = view.seats[role];
    if (s.agenda || s.intel || s.covertLog || s.credits !== undefined || s.influence !== undefined) out.push(`private fields of ${role}`);
  }
  // Settlement is public (design: deals are held in escrow, then paid or refunded in the open).
  const settled = (status: string) => status === 'paid' || status === 'refunded';
  for (const d of view.deals) if (d.from !== me && d.to !== me && !settled(d.status)) out.push(`deal ${d.id} between others`);
  for (const m of view.chat) if (m.to !== 'all' && m.from !== me && m.to !== me) out.push(`whisper ${m.id}`);
  for (const p of state.proposals) {
    const b = view.ballots[p.id];
    if (p.status === 'tabled' && b?.revealed) out.push(`ballots of ${p.id} before the reveal`);
    if (b?.mine !== undefined && (me === null || state.ballots[p.id]?.[me] !== b.mine)) out.push(`someone else's ballot on ${p.id}`);
  }
  const chemistIntel = state.seats.chemist.intel.filter((i) => i.kind === 'assay');
  if (me !== 'chemist' && chemistIntel.length > 0) {
    const k = view.knowledge;
    const published = state.publishedAssay;
    const matchesPublic = published ? k.beta0Min === published.beta0Min && k.beta0Max === published.beta0Max : k.beta0Min === 0.5 && k.beta0Max === 4;
    if (!matchesPublic) out.push('the chemist’s private assay band');
  }
  return out;
}

/** Everything `viewer` should not see in `json`, found while the match is not yet over. */
export function leaksIn(state: GameState, viewer: Viewer, json: string, view?: MatchView): string[] {
  if (state.phase === 'gameOver' || viewer.kind === 'facilitator') return [];
  const me = viewerRole(viewer);
  const found: string[] = [];
  for (const owner of ROLES) {
    if (owner === me) continue;
    for (const secret of secretStrings(state, owner, viewer)) if (json.includes(secret)) found.push(`${owner}: ${secret}`);
  }
  if (json.includes(String(state.world.beta0))) found.push('hidden beta0');
  if (view) found.push(...structuralLeaks(state, view, me));
  return found;
}

export const VIEWERS: readonly Viewer[] = [...ROLES.map((role) => ({ kind: 'seat', role }) as Viewer), { kind: 'spectator' }];
