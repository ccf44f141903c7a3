/**
 * The client's first-load weight: the JavaScript a browser must fetch before the home page runs (the
 * entry script and the modules index.html preloads), gzipped, against the 250 KB budget. Run after
 * `vite build` (npm run build does both). `--json` prints one JSON object; `--check` fails over budget.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;
const DIST = resolve(import.meta.dirname, '../client/dist');

export type BundleReport = {
  initialJsGzipKb: number;
  budgetKb: number;
  withinBudget: boolean;
  initialFiles: { file: string; rawKb: number; gzipKb: number }[];
  allJsGzipKb: number;
  cssGzipKb: number;
};

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const gzipKb = (path: string) => kb(gzipSync(readFileSync(path), { level: 9 }).length);

/** Script and modulepreload targets of index.html: what the first page load fetches. */
export function initialScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...scripts, ...preloads])];
}

export function measure(dist = DIST): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialFiles = initialScripts(html).map((src) => {
    const path = join(dist, src.replace(/^\//, ''));
    return { file: src, rawKb: kb(statSync(path).size), gzipKb: gzipKb(path) };
  });
  const assets = readdirSync(join(dist, 'assets'));
  const sum = (ext: string) => kb(assets.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSync(readFileSync(join(dist, 'assets', f))).length, 0));
  const initial = Math.round(initialFiles.reduce((n, f) => n + f.gzipKb, 0) * 100) / 100;
  return { initialJsGzipKb: initial, budgetKb: BUDGET_KB, withinBudget: initial <= BUDGET_KB, initialFiles, allJsGzipKb: sum('.js'), cssGzipKb: sum('.css') };
}

function main() {
  const report = measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report));
  } else {
    console.log(`\nInitial JavaScript (gzip): ${report.initialJsGzipKb} KB of ${report.budgetKb} KB budget ${report.withinBudget ? '✓' : '✗ OVER BUDGET'}`);
    for (const f of report.initialFiles) console.log(`  ${f.file}  ${f.rawKb} KB raw, ${f.gzipKb} KB gzip`);
    console.log(`All JavaScript chunks (gzip, loaded on demand): ${report.allJsGzipKb} KB; CSS (gzip): ${report.cssGzipKb} KB\n`);
  }
  if (process.argv.includes('--check') && !report.withinBudget) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
