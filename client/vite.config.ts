/**
 * Builds the Neo-Terra web client into client/dist, which the game server serves with an SPA fallback.
 * Routes are code-split so the first page a player opens stays small; charts, animation and the engine
 * arrive with the screens that need them.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const gamePort = process.env.GAME_PORT ?? '2567';

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: { '@shared': here('../shared'), '@client': here('./src') },
  },
  worker: { format: 'es' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `vite --config client/vite.config.ts` during development: the game server runs on its own port.
    proxy: {
      '/api': `http://localhost:${gamePort}`,
      '/matchmake': `http://localhost:${gamePort}`,
    },
  },
});
