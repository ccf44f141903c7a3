/**
 * `npm run start:cluster`: several server processes behind one entry point, for trying the
 * multi-process set-up on one machine. Starts CLUSTER_SIZE workers (default 2) on the ports after
 * PORT, each with REDIS_URL and its own public address (PORT/w<N>), and a small proxy on PORT.
 * Without REDIS_URL it starts a private redis-server; DATABASE_URL, if set, is shared by all
 * workers, otherwise each keeps its own SQLite file under DATA_DIR/w<N>. A worker that dies is
 * restarted (and resumes its matches). Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startClusterProxy } from './cluster-proxy.ts';
import { startPrivateRedis, type PrivateRedis } from './cluster-redis.ts';

const RESTART_DELAY_MS = 1000;

type Worker = { index: number; port: number; child: ChildProcess | null };

function numberFrom(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) ? n : fallback;
}

function spawnWorker(worker: Worker, env: NodeJS.ProcessEnv, stopping: () => boolean): void {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[w${worker.index}] `;
  child.stdout?.on('data', (d: Buffer) => process.stdout.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.once('exit', (code, signal) => {
    worker.child = null;
    if (stopping()) return;
    console.error(`${prefix}exited (${signal ?? code}); restarting in ${RESTART_DELAY_MS} ms`);
    setTimeout(() => !stopping() && spawnWorker(worker, env, stopping), RESTART_DELAY_MS);
  });
  worker.child = child;
}

async function main(): Promise<void> {
  const port = numberFrom(process.env.PORT, 2567);
  const size = numberFrom(process.env.CLUSTER_SIZE, 2);
  const publicHost = process.env.CLUSTER_PUBLIC_HOST || `localhost:${port}`;
  const dataDir = process.env.DATA_DIR || './data';
  let redis: PrivateRedis | null = null;
  const redisUrl = process.env.REDIS_URL || (redis = await startPrivateRedis()).url;
  let stopping = false;
  const workers: Worker[] = Array.from({ length: size }, (_, i) => ({ index: i + 1, port: port + i + 1, child: null }));
  for (const worker of workers) {
    const env = {
      ...process.env, PORT: String(worker.port), REDIS_URL: redisUrl, PUBLIC_ADDRESS: `${publicHost}/w${worker.index}`,
      DATA_DIR: path.join(dataDir, `w${worker.index}`),
    };
    spawnWorker(worker, env, () => stopping);
  }
  const proxy = await startClusterProxy(port, workers);
  console.log(`Neo-Terra cluster: ${size} processes (ports ${port + 1}–${port + size}) behind http://localhost:${port}; Redis ${redisUrl}`);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    proxy.close();
    await Promise.all(workers.map((w) => new Promise<void>((resolve) => {
      if (!w.child) return resolve();
      w.child.once('exit', () => resolve());
      w.child.kill('SIGTERM');
    })));
    await redis?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

await main();
