/**
 * The single front door of a local cluster, standing in for nginx or a cloud load balancer:
 * requests and WebSockets under /w<N>/ go to worker N (each worker advertises that path as its
 * public address, so a client whose seat is on worker N connects there); everything else (the
 * client, the HTTP API, matchmaking) goes to the workers in turn. No dependencies, for trials only.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export type Upstream = Readonly<{ port: number }>;

type Route = Readonly<{ port: number; path: string }>;

const WORKER_PATH = /^\/w(\d+)(\/.*|\?.*)?$/;

/** Worker `/w<N>/…` routes are pinned to that worker; anything else goes round-robin. */
export function routeFor(url: string, upstreams: readonly Upstream[], next: () => number): Route | null {
  const pinned = WORKER_PATH.exec(url);
  if (pinned) {
    const worker = upstreams[Number(pinned[1]) - 1];
    return worker ? { port: worker.port, path: pinned[2]?.startsWith('/') ? pinned[2] : `/${pinned[2] ?? ''}` } : null;
  }
  return upstreams.length > 0 ? { port: upstreams[next() % upstreams.length].port, path: url } : null;
}

export function startClusterProxy(port: number, upstreams: readonly Upstream[]): Promise<Server> {
  let turn = 0;
  const next = () => turn++;
  const server = createServer((req, res) => {
    const route = routeFor(req.url ?? '/', upstreams, next);
    if (!route) {
      res.writeHead(502).end('no such worker');
      return;
    }
    const upstream = request({ host: '127.0.0.1', port: route.port, path: route.path, method: req.method, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end('worker unavailable');
    });
    req.pipe(upstream);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const route = routeFor(req.url ?? '/', upstreams, next);
    if (!route) return socket.destroy();
    tunnel(req, socket, head, route);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** Replays the upgrade request to the worker, then pipes bytes both ways untouched. */
function tunnel(req: IncomingMessage, client: Socket, head: Buffer, route: Route): void {
  const worker = connect(route.port, '127.0.0.1', () => {
    const lines = [`${req.method} ${route.path} HTTP/${req.httpVersion}`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    worker.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) worker.write(head);
    client.pipe(worker).pipe(client);
  });
  const close = () => {
    client.destroy();
    worker.destroy();
  };
  worker.on('error', close);
  client.on('error', close);
  worker.on('close', close);
  client.on('close', close);
}
