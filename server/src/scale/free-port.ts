/**
 * A TCP port nobody listens on right now (the OS picks it), for servers started on demand: the
 * local cluster's Redis and workers, and every test, script and benchmark that starts its own server.
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
