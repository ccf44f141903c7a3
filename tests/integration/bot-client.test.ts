/**
 * The headless bot client (`npm run bot`) from outside: separate processes join a match by code,
 * take the seats they were told to, play it to the end with the shared bots, or watch it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootTestServer, type TestServer } from './helpers/test-server.ts';
import { autoplay } from './helpers/autoplay.ts';
import { seatPlayers } from './helpers/table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Run = { code: number | null; out: string };

function botProcess(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/bot.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

let server: TestServer;
beforeAll(async () => {
  server = await bootTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('npm run bot', () => {
  it('fills seats from outside and plays the match to the end; a watcher follows it', async () => {
    const { host, code } = await seatPlayers(server.url, { seed: 91, rounds: 4, bots: true }, ['Host']);
    const engineer = botProcess(['--url', server.url, '--code', code, '--seat', 'engineer', '--name', 'Eng bot', '--delay', '20', '--seed', '1']);
    const smuggler = botProcess(['--url', server.url, '--code', code.toLowerCase(), '--seat', 'smuggler', '--delay', '20', '--seed', '2']);
    const watcher = botProcess(['--url', server.url, '--code', code, '--spectate']);
    type Seats = Record<string, { controller: string; name: string }>;
    await host.until(() => {
      const seats = host.state.seats as Seats;
      return seats.engineer?.controller === 'human' && seats.smuggler?.controller === 'human';
    }, 'the bot clients to sit down', 30_000);
    expect((host.state.seats as Seats).engineer.name).toBe('Eng bot');
    await host.until(() => host.state.spectators === 1, 'the watcher', 30_000);
    const stop = autoplay(host, 90);
    host.send('hostStart', {});
    const runs = await Promise.all([engineer, smuggler, watcher]);
    stop();
    for (const run of runs) {
      expect(run.code, run.out).toBe(0);
      expect(run.out).toContain('game over:');
    }
    expect(runs[0].out).toContain(`playing engineer in ${code}`);
    expect(host.view?.phase).toBe('gameOver');
  });

  it('fails with a usage line on bad arguments', async () => {
    const run = await botProcess(['--url', 'http://nowhere', '--seat', 'pirate']);
    expect(run.code).toBe(1);
    expect(run.out).toContain('usage: npm run bot');
  });
});
