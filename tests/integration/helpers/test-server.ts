/**
 * Boots a real server for one test file on a free port (in memory, fast bots, short grace
 * periods), and gives SDK clients its address.
 */
import './recording-websocket.ts';
import '../../../server/src/node20-polyfill.ts';
import { testSettings, type ServerSettings } from '@server/server-settings.ts';
import { startServer, type RunningServer } from '@server/start-server.ts';

export type TestServer = RunningServer & { url: string; http: string };

export async function bootTestServer(overrides: Partial<ServerSettings> = {}): Promise<TestServer> {
  const settings = testSettings({ port: 0, patchRateMs: 10, reconnectGraceSec: 30, clientDir: '/nonexistent', ...overrides });
  const running = await startServer(settings, false);
  return { ...running, url: `ws://127.0.0.1:${running.port}`, http: `http://127.0.0.1:${running.port}` };
}
