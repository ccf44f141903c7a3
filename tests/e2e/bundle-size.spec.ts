/**
 * `npm run build` reports the client's initial JavaScript (entry plus preloaded modules, gzipped) and
 * it stays under the 250 KB budget. The figure is printed in the test output.
 */
import { describe, expect, it } from 'vitest';
import { BUDGET_KB, measure } from '../../bench/bundle-size.ts';
import { runBuild } from './support/build.ts';

describe('client bundle', () => {
  it('keeps the initial JavaScript under 250 KB gzipped and reports it on build', () => {
    const output = runBuild();
    const line = output.split('\n').find((l) => l.startsWith('Initial JavaScript (gzip):'));
    expect(line, output).toBeDefined();
    const report = measure();
    console.log(`[bundle] ${line}`);
    for (const f of report.initialFiles) console.log(`[bundle]   ${f.file}: ${f.gzipKb} KB gzip`);
    expect(report.initialFiles.length).toBeGreaterThan(0);
    expect(report.initialFiles.some((f) => f.file.includes('jsx-dev-runtime'))).toBe(false);
    expect(report.initialJsGzipKb).toBeGreaterThan(0);
    expect(report.initialJsGzipKb).toBeLessThan(BUDGET_KB);
  });
});
