/**
 * Reads a process's CPU time and resident memory from /proc (Linux), the way `top` does, so the
 * benchmark can report the server's cost without instrumenting it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | null = null;

/** Clock ticks per second of /proc/<pid>/stat times (almost always 100). */
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU time of `pid` in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

/** Resident set size of `pid` in KB. */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/** CPU use of `pid` between two readings, in % of one core. */
export function cpuMeter(pid: number): { read: () => number } {
  let lastCpu = cpuMs(pid);
  let lastWall = performance.now();
  return {
    read: () => {
      const cpu = cpuMs(pid);
      const wall = performance.now();
      const pct = ((cpu - lastCpu) / (wall - lastWall)) * 100;
      lastCpu = cpu;
      lastWall = wall;
      return Math.round(pct * 10) / 10;
    },
  };
}
