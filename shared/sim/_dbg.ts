import { runMatch } from './run-match.ts';
import { indicatorsOfWorld } from '../model/index.ts';
const seed = Number(process.argv[2] ?? 1);
const scenario = (process.argv[3] ?? 'default') as any;
const r = runMatch({ seed, scenario });
const s = r.state;
console.log('agendas', Object.values(s.seats).map(x => x.agendaId).join(' '));
for (const rec of s.rounds) {
  const props = s.proposals.filter(p => p.round === rec.round).map(p => `${p.by}:${p.lever}=${p.value}[${p.status}${p.tally ? ` y${p.tally.yes} n${p.tally.no} a${p.tally.abstain} m${p.tally.mobilized}` : ''}]${p.cosponsors.length ? '+' + p.cosponsors.join(',') : ''}`);
  const ind = indicatorsOfWorld(rec.worldAfter);
  console.log(`R${rec.round} ${rec.eventCardId} ev=${rec.events.join(',')} sust=${ind.sustainability.toFixed(1)} T=${ind.T.toFixed(1)} P=${ind.P.toFixed(1)} H=${ind.H.toFixed(1)} R=${ind.R.toFixed(1)} B=${ind.B.toFixed(1)} c=${ind.c.toFixed(2)} yl=${ind.yearsLeft.toFixed(1)} N=${rec.worldAfter.N.toFixed(0)}`);
  console.log('   ', props.join(' | '));
}
console.log('deals', s.deals.map(d => `${d.round}:${d.from}->${d.to} ${d.credits}c ${JSON.stringify(d.condition)} ${d.status}`).join('\n  '));
console.log('seats', Object.values(s.seats).map(x => `${x.role} c${x.resources.credits} i${x.resources.influence} r${x.resources.reputation} exp${x.exposed} st${x.wentStraight} covert=${x.covertLog.map(c=>c.round+c.kind).join(',')}`).join('\n  '));
console.log(JSON.stringify(s.outcome));
console.log('levers', JSON.stringify(s.levers));
