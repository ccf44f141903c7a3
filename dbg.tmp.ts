import { createGame, defaultConfig, reduce } from './shared/rules/index.ts';
let s = createGame(defaultConfig({rounds:4}), 5);
const r = reduce(s, { kind:'intent', actor:'chemist', at: 1, intent: { type:'cosponsor', proposalId:'p7', expectedVersion: 99 } as any });
console.log(JSON.stringify(r).slice(0,200));
