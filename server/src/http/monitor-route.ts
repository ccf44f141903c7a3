/**
 * The operator's Colyseus monitor at /colyseus, behind HTTP basic auth with the password from
 * MONITOR_PASSWORD (any user name). Without a password the monitor is not mounted at all.
 */
import type express from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { monitor } from '@colyseus/monitor';

export const MONITOR_PATH = '/colyseus';

export function mountMonitor(app: express.Application, password: string | null): boolean {
  if (!password) return false;
  app.use(MONITOR_PATH, requirePassword(password), monitor() as unknown as express.RequestHandler);
  return true;
}

function requirePassword(password: string): express.RequestHandler {
  const expected = digest(password);
  return (req, res, next) => {
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    const given = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
    const givenPassword = given.slice(given.indexOf(':') + 1);
    // Compare digests so the comparison takes the same time whatever the length of the guess.
    if (given.includes(':') && timingSafeEqual(digest(givenPassword), expected)) return next();
    res.set('WWW-Authenticate', 'Basic realm="Neo-Terra operator", charset="UTF-8"').status(401).send('Authentication required');
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
