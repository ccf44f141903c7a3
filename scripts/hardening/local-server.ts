/**
 * The real game server started inside the harness's own process (so the harness can look at each
 * room's canonical state and stored log afterwards), with a crash monitor: every exception a room
 * reports, every uncaught exception or unhandled rejection, and every error the server logs.
 */
import '@server/node20-polyfill.ts';
import { matchMaker } from '@colyseus/core';
import { MatchRoom } from '@server/rooms/match-room.ts';
import type { MatchTable } from '@server/rooms/match-table.ts';
import { testSettings, type ServerSettings } from '@server/server-settings.ts';
import { startServer, type RunningServer } from '@server/start-server.ts';

export type CrashMonitor = {
  /** Exceptions that escaped a room handler, the process, or a promise. */
  readonly crashes: string[];
  /** Everything logged with console.error (handled errors included: a dropped garbage frame is logged). */
  readonly errorLogs: string[];
  stop(): void;
};

const KEEP = 30;

export function monitorCrashes(): CrashMonitor {
  const crashes: string[] = [];
  const errorLogs: string[] = [];
  let crashCount = 0;
  const keep = (list: string[], line: string) => list.length < KEEP && list.push(line.slice(0, 400));
  const original = MatchRoom.prototype.onUncaughtException;
  MatchRoom.prototype.onUncaughtException = function (this: MatchRoom, error: Error, method: string) {
    crashCount += 1;
    keep(crashes, `room ${this.roomId} ${method}: ${error?.stack ?? error}`);
  };
  const onProcess = (error: unknown) => {
    crashCount += 1;
    keep(crashes, `process: ${(error as Error)?.stack ?? String(error)}`);
  };
  process.on('uncaughtException', onProcess);
  process.on('unhandledRejection', onProcess);
  const consoleError = console.error;
  let logCount = 0;
  console.error = (...args: unknown[]) => {
    logCount += 1;
    keep(errorLogs, args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  };
  return {
    get crashes() { return Object.assign([...crashes], { total: crashCount }); },
    get errorLogs() { return Object.assign([...errorLogs], { total: logCount }); },
    stop() {
      MatchRoom.prototype.onUncaughtException = original;
      process.off('uncaughtException', onProcess);
      process.off('unhandledRejection', onProcess);
      console.error = consoleError;
    },
  } as CrashMonitor;
}

/** How many entries a monitor list really saw (the lists keep only the first few). */
export function totalOf(list: readonly string[]): number {
  return (list as readonly string[] & { total?: number }).total ?? list.length;
}

export type LocalServer = RunningServer & { url: string; http: string };

export async function bootLocalServer(overrides: Partial<ServerSettings> = {}): Promise<LocalServer> {
  const settings = testSettings({ port: 0, patchRateMs: 20, reconnectGraceSec: 30, clientDir: '/nonexistent', ...overrides });
  const running = await startServer(settings, false);
  return { ...running, url: `ws://127.0.0.1:${running.port}`, http: `http://127.0.0.1:${running.port}` };
}

/** The table of a room on this process (null once the room is gone). */
export function localTable(code: string): MatchTable | null {
  const room = matchMaker.getLocalRoomById(code) as unknown as { table?: MatchTable } | undefined;
  return room?.table ?? null;
}
