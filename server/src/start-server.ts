/**
 * Starts a complete server from settings: opens the store, listens, then resumes the matches a
 * previous process left running. Used by index.ts (the real thing) and by integration tests.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer, type NeoTerraServer } from './app.config.ts';
import { AddressLimits, guardMatchmaking } from './http/address-limits.ts';
import { resumeUnfinished, type ResumeReport } from './resume/resume-matches.ts';
import type { ServerSettings } from './server-settings.ts';
import type { ClassResumeReport } from './classroom/classroom.ts';
import { openMatchStore } from './scale/match-store-choice.ts';
import type { MatchStore } from './store/match-store.ts';

export type RunningServer = Readonly<{
  server: NeoTerraServer;
  store: MatchStore;
  port: number;
  resumed: ResumeReport;
  resumedClasses: ClassResumeReport;
  /** Shuts down without exiting the process (tests). */
  stop: () => Promise<void>;
}>;

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function startServer(settings: ServerSettings, handleSignals = true): Promise<RunningServer> {
  const store = await openMatchStore(settings); // SQLite, or PostgreSQL when DATABASE_URL is set
  let ready = false;
  const server = createServer({ settings, store, version: packageVersion(), handleSignals, isReady: () => ready });
  await server.listen(settings.port);
  if (server.transport.server) guardMatchmaking(server.transport.server as Server, new AddressLimits(settings));
  const address = server.transport.server?.address() as AddressInfo | null;
  const resumed = await resumeUnfinished(server.context);
  const classes = await server.classroom.resume(); // classes running at the stop reopen with their tables
  ready = true;
  return {
    server, store, resumed, resumedClasses: classes,
    port: address?.port ?? settings.port,
    stop: () => server.gracefullyShutdown(false),
  };
}
