import { fuzzEngine } from '@shared/fuzz/index.ts';
const t = performance.now();
const r = fuzzEngine({ seed: Number(process.argv[2] ?? 1), messages: Number(process.argv[3] ?? 3000) });
console.log(JSON.stringify({ ...r, ms: Math.round(performance.now() - t) }, null, 1));
