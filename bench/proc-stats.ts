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

type CoreTicks = { busy: number; iowait: number; total: number };

/** Busy, I/O-wait and total ticks of one core since boot (/proc/stat). */
function coreTicks(core: number): CoreTicks | null {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${core} `));
  if (!line) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, iowait, total: busy + idle + iowait };
}

/**
 * How busy one core was between two readings (% of the core), and how much of that time it sat
 * waiting for the disk. Minus our own process's CPU, the busy share is other people's work:
 * on a shared machine, the measure of how much a run was disturbed.
 */
export function coreMeter(core: number): { read: () => { busyPct: number; iowaitPct: number } | null } {
  const first = coreTicks(core);
  return {
    read: () => {
      const now = coreTicks(core);
      if (!first || !now || now.total === first.total) return null;
      const span = now.total - first.total;
      const pct = (v: number) => Math.round((v / span) * 1000) / 10;
      return { busyPct: pct(now.busy - first.busy), iowaitPct: pct(now.iowait - first.iowait) };
    },
  };
}
