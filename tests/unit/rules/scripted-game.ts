/**
 * A readable scripted match (the "green package" table, trimmed to what scarce influence affords):
 * each year the seats table a policy from a plan, co-sponsor, strike a deal, vote and act, ending
 * phases by "everyone ready" or by timeouts.
 * Its command log is the checked-in fixture tests/fixtures/games/green-package.json.
 */
import type { LeverId } from '@shared/model/types.ts';
import { createGame, defaultConfig, reduce, type Command, type GameState, type MatchConfig, type Role } from '@shared/rules/index.ts';

type Plan = Readonly<{ proposals: readonly [Role, LeverId, number][]; smuggler: 'divert' | 'pass' | 'goStraight' }>;

// Affordable with the scarce yearly influence of content/balance.ts.
const PLAN: readonly Plan[] = [
  { proposals: [['chemist', 'rnd', 1]], smuggler: 'divert' },
  { proposals: [['engineer', 'enforcement', 4]], smuggler: 'divert' },
  { proposals: [['chemist', 'campaign', 1]], smuggler: 'pass' },
  { proposals: [['smuggler', 'fine', 600]], smuggler: 'goStraight' },
  { proposals: [['activist', 'eprFee', 150]], smuggler: 'pass' },
  { proposals: [['chemist', 'recoverySubsidy', 50]], smuggler: 'pass' },
];

export const SCRIPTED_CONFIG: MatchConfig = defaultConfig({ scenario: 'default', rounds: 6 });
export const SCRIPTED_SEED = 2045;

export function scriptedCommands(): Command[] {
  let s: GameState = createGame(SCRIPTED_CONFIG, SCRIPTED_SEED);
  let at = 10_000;
  const log: Command[] = [];
  const send = (c: Command) => {
    const r = reduce(s, c);
    if (!r.ok) throw new Error(`scripted command refused: ${JSON.stringify(r.error)} ${JSON.stringify(c)}`);
    s = r.state;
    log.push(c);
  };
  const intent = (actor: Role, body: Record<string, unknown>) => {
    at += 1500;
    const exempt = body.type === 'chat' || body.type === 'whisper' || body.type === 'ready';
    send({ kind: 'intent', actor, at, intent: (exempt ? body : { ...body, expectedVersion: s.version }) as never });
  };
  const allReady = () => { for (const r of ['chemist', 'engineer', 'activist', 'smuggler'] as const) intent(r, { type: 'ready', ready: true }); };
  const timeout = () => { at = s.phaseEndsAt!; send({ kind: 'system', at, event: { type: 'phaseTimeout', phase: s.phase, round: s.round } }); };

  send({ kind: 'system', at, event: { type: 'seatTaken', role: 'activist', name: 'Mira', controller: 'human' } });
  send({ kind: 'system', at, event: { type: 'seatTaken', role: 'engineer', name: 'Tom', controller: 'human' } });
  send({ kind: 'system', at, event: { type: 'startMatch' } });
  PLAN.forEach((plan, i) => {
    intent('activist', { type: 'chat', text: `Year ${i + 1}: let us fix this city.` });
    allReady(); // briefing → proposals
    for (const [by, lever, value] of plan.proposals) intent(by, { type: 'proposePolicy', lever, value });
    const ids = s.proposals.filter((p) => p.round === s.round).map((p) => p.id);
    if (plan.proposals[0][0] !== 'engineer') intent('engineer', { type: 'cosponsor', proposalId: ids[0] });
    timeout(); // proposals → negotiation
    intent('smuggler', { type: 'whisper', to: 'engineer', text: `Vote no on ${ids[0]}?` });
    intent('smuggler', { type: 'offerDeal', to: 'engineer', credits: 4, influence: 0, condition: { kind: 'votes', proposalId: ids[0], ballot: 'no' } });
    intent('engineer', { type: 'respondDeal', dealId: s.deals[s.deals.length - 1].id, accept: i % 2 === 1 });
    timeout(); // negotiation → vote
    for (const id of ids) {
      intent('activist', { type: 'castVote', proposalId: id, ballot: 'yes' });
      intent('engineer', { type: 'castVote', proposalId: id, ballot: i % 2 === 1 && id === ids[0] ? 'no' : 'yes' });
      intent('smuggler', { type: 'castVote', proposalId: id, ballot: 'no' });
    }
    if (i === 1) intent('activist', { type: 'roleAction', action: { kind: 'mobilize', proposalId: ids[0], ballot: 'yes' } });
    timeout(); // vote → actions
    intent('chemist', { type: 'roleAction', action: { kind: 'assay', publish: i === 0 } });
    intent('engineer', { type: 'roleAction', action: { kind: 'retrofit', lever: i < 2 ? 'enforcement' : 'safety' } });
    if (i !== 1) intent('activist', { type: 'roleAction', action: { kind: 'investigate', target: 'smuggler', expose: i === 2 } });
    intent('smuggler', { type: 'roleAction', action: { kind: plan.smuggler } });
    allReady(); // actions → resolution
    timeout(); // resolution → next year or the end
  });
  return log;
}
