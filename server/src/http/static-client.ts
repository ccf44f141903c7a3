/**
 * Serves the built client (client/dist) on the game's own port, with a single-page-app fallback so
 * deep links like /m/CODE and /replay/ID load the app. Skipped when the client is not built.
 */
import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

const NOT_THE_APP = /^\/(api|colyseus|matchmake)(\/|$)/;

/** Returns false when there is no built client to serve. */
export function mountStaticClient(app: express.Application, clientDir: string): boolean {
  const indexFile = path.join(clientDir, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex }));
  app.get('/{*splat}', (req, res, next) => {
    if (NOT_THE_APP.test(req.path) || path.extname(req.path) !== '') return next();
    res.set('Cache-Control', 'no-cache').sendFile(indexFile);
  });
  return true;
}

function noCacheForIndex(res: express.Response, filePath: string): void {
  if (filePath.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
}
