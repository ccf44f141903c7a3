/**
 * Loaded into the server under test (`node --import ./bench/server-probe.ts`): watches how late its
 * event loop runs and how long garbage collection pauses it. On SIGWINCH (ignored otherwise; Colyseus
 * shuts down on SIGUSR2) it writes what it saw since the last one to NEO_TERRA_PROBE_FILE and starts over.
 */
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export type ProbeReading = {
  loopDelayMs: { p50: number; p99: number; max: number };
  gc: { pauses: number; totalMs: number; maxMs: number };
  /** Where the memory is at the time of reading (MB): JS heap in use, and buffers outside it. */
  memoryMb: { heapUsed: number; external: number; arrayBuffers: number };
};

const file = process.env.NEO_TERRA_PROBE_FILE;

function memory(): ProbeReading['memoryMb'] {
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;
  return { heapUsed: mb(heapUsed), external: mb(external), arrayBuffers: mb(arrayBuffers) };
}
if (file) {
  const resolutionMs = 5;
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  let gc = { pauses: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc = { pauses: gc.pauses + 1, totalMs: gc.totalMs + entry.duration, maxMs: Math.max(gc.maxMs, entry.duration) };
  }).observe({ entryTypes: ['gc'] });
  // The histogram holds whole timer intervals: what exceeds the interval is how late the loop ran.
  const ms = (ns: number) => Math.max(0, Math.round(ns / 1e4 - resolutionMs * 100) / 100);
  process.on('SIGWINCH', () => {
    const reading: ProbeReading = {
      loopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      gc: { pauses: gc.pauses, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs * 10) / 10 },
      memoryMb: memory(),
    };
    writeFileSync(file, JSON.stringify(reading));
    delay.reset();
    gc = { pauses: 0, totalMs: 0, maxMs: 0 };
  });
}
