/**
 * The SQLite match store: matches, their ordered command logs, seat tokens and results survive
 * closing and reopening the file; unfinished matches are listed for resuming, oldest first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteMatchStore } from '@server/store/sqlite-match-store.ts';
import type { NewMatch } from '@server/store/match-store.ts';
import { createGame, defaultConfig, viewFor } from '@shared/rules/index.ts';
import type { Command } from '@shared/rules/commands.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'neo-terra-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const match = (id: string, createdAt: number): NewMatch => ({
  id, code: 'ABCDE', config: defaultConfig({ rounds: 5 }), seed: 42, createdAt,
  settings: { isPublic: false, allowSpectators: true, spectatorDelaySec: 30 },
});
const seat: Command = { kind: 'system', at: 5, event: { type: 'seatTaken', role: 'chemist', name: 'Ada', controller: 'human' } };
const chat: Command = { kind: 'intent', actor: 'chemist', at: 9, intent: { type: 'chat', text: 'hello' } };

describe('the SQLite match store', () => {
  it('keeps matches, logs and tokens across a reopen', async () => {
    const first = openSqliteMatchStore(dir);
    first.createMatch(match('m1', 100));
    first.appendCommand('m1', 0, seat);
    first.appendCommand('m1', 1, chat);
    first.setSeatToken('m1', 'chemist', 'token-1');
    first.setSeatToken('m1', 'engineer', 'token-2');
    first.setSeatToken('m1', 'chemist', 'token-3');
    first.setSeatToken('m1', 'engineer', null);
    first.close();

    const again = openSqliteMatchStore(dir);
    const stored = await again.getMatch('m1');
    expect(stored).toMatchObject({ ...match('m1', 100), status: 'running', finishedAt: null, summary: null, commandCount: 2 });
    expect(stored?.seatTokens).toEqual({ chemist: 'token-3' });
    expect(await again.getCommands('m1')).toEqual([seat, chat]);
    expect(await again.getMatch('nope')).toBeNull();
    again.close();
  });

  it('refuses a second command at the same position of the log', () => {
    const store = openSqliteMatchStore(':memory:');
    store.createMatch(match('m2', 1));
    store.appendCommand('m2', 0, seat);
    expect(() => store.appendCommand('m2', 0, chat)).toThrow();
    store.close();
  });

  it('lists running matches oldest first, not finished or abandoned ones', async () => {
    const store = openSqliteMatchStore(':memory:');
    store.createMatch(match('late', 300));
    store.createMatch(match('early', 100));
    store.createMatch(match('done', 50));
    store.createMatch(match('gone', 60));
    const finalView = viewFor(createGame(defaultConfig(), 1), { kind: 'spectator' });
    const summary = { outcome: null, rounds: 0, seats: { chemist: { name: 'A', controller: 'human' as const }, engineer: { name: 'B', controller: 'bot' as const }, activist: { name: 'C', controller: 'bot' as const }, smuggler: { name: 'D', controller: 'bot' as const } } };
    store.finishMatch('done', { summary, finalView, finishedAt: 999 });
    store.abandonMatch('gone');
    expect((await store.listUnfinished()).map((m) => m.id)).toEqual(['early', 'late']);
    expect(await store.getMatch('done')).toMatchObject({ status: 'finished', finishedAt: 999, summary, finalView });
    expect((await store.getMatch('gone'))?.status).toBe('abandoned');
    store.abandonMatch('done');
    expect((await store.getMatch('done'))?.status).toBe('finished');
    store.close();
  });
});
