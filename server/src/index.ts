/**
 * Entry point: `npm start` runs this after building the client. Reads PORT (default 2567),
 * DATA_DIR (default ./data) and the other settings from the environment, and serves the game.
 */
import './node20-polyfill.ts';
import { settingsFromEnv } from './server-settings.ts';
import { startServer } from './start-server.ts';

const settings = settingsFromEnv();
const running = await startServer(settings);
const { resumed, failed } = running.resumed;
console.log(
  `Neo-Terra listening on http://localhost:${running.port} (data: ${settings.dataDir})` +
    (resumed.length ? `; resumed ${resumed.join(', ')}` : '') +
    (failed.length ? `; could not resume ${failed.join(', ')}` : '') +
    (running.resumedClasses.resumed.length ? `; reopened classes ${running.resumedClasses.resumed.join(', ')}` : '') +
    (running.resumedClasses.failed.length ? `; could not reopen classes ${running.resumedClasses.failed.join(', ')}` : ''),
);
