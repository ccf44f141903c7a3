/**
 * Reads a V8 `.cpuprofile` (written by `node --cpu-prof`) and says where the time went: the
 * functions with the most self time, and the functions with the most total time (themselves plus
 * what they call), as a share of the profiled time. This is the "why" behind a missed target.
 *   node --import tsx bench/cpu-profile-summary.ts FILE.cpuprofile [--top 15]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type FrameShare = { frame: string; pct: number };
export type ProfileSummary = {
  profiledMs: number;
  idlePct: number;
  gcPct: number;
  /** Where the CPU burned: functions by self time. */
  self: FrameShare[];
  /** Self time by package (node_modules/<name>), node internals, native code, or our own folders. */
  byOwner: FrameShare[];
  /** Our own functions (shared/, server/, bench/) by total time: what the program spent its time doing. */
  total: FrameShare[];
};

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);


function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  const file = url.replace(/^file:\/\//, '');
  const short = file.includes('node_modules/') ? file.slice(file.lastIndexOf('node_modules/') + 13) : path.relative(process.cwd(), file);
  return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
}

/** Who a frame belongs to: a package, node itself, native code (JSON, RegExp…) or a folder of ours. */
function ownerOf(node: ProfileNode): string {
  const url = node.callFrame.url.replace(/^file:\/\//, '');
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return path.relative(process.cwd(), url).split(path.sep).slice(0, 2).join('/');
}

const isOurs = (node: ProfileNode) => /^(shared|server|bench)\//.test(ownerOf(node));

function top(map: Map<string, number>, totalUs: number, n: number): FrameShare[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([frame, us]) => ({ frame, pct: Math.round((us / totalUs) * 1000) / 10 }));
}

export function summarizeProfile(file: string, n = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const total = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  let gcUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    totalUs += us;
    const name = node.callFrame.functionName;
    if (name === '(idle)') idleUs += us;
    if (name === '(garbage collector)') gcUs += us;
    const own = label(node);
    self.set(own, (self.get(own) ?? 0) + us);
    if (!SPECIAL.has(name)) byOwner.set(ownerOf(node), (byOwner.get(ownerOf(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!;
      const key = label(frame);
      if (!isOurs(frame) || seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  });
  for (const key of SPECIAL) self.delete(key);
  const pct = (us: number) => Math.round((us / Math.max(1, totalUs)) * 1000) / 10;
  return {
    profiledMs: Math.round(totalUs / 1000), idlePct: pct(idleUs), gcPct: pct(gcUs),
    self: top(self, totalUs, n), byOwner: top(byOwner, totalUs, n), total: top(total, totalUs, n),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: bench/cpu-profile-summary.ts FILE.cpuprofile [--top N]');
  const i = process.argv.indexOf('--top');
  console.log(JSON.stringify(summarizeProfile(file, i > 0 ? Number(process.argv[i + 1]) : 15), null, 2));
}
