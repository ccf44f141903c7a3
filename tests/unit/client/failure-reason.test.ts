import { describe, expect, it } from 'vitest';
import { failureReason } from '@client/net/sdk.ts';
import { EN } from '@client/i18n/en.ts';

describe('what a player is told when a join fails', () => {
  const cases: [unknown, string][] = [
    [{ message: 'clientTooOld' }, 'join.error.version'],
    [{ message: 'tooManyJoins', code: 429 }, 'join.error.tooMany'],
    [{ code: 429 }, 'join.error.tooMany'],
    [{ code: 522 }, 'join.error.notFound'],
    [{ code: 409 }, 'join.error.full'],
    [new Error('socket hang up'), 'join.error.generic'],
  ];
  for (const [error, key] of cases) {
    it(`${JSON.stringify(error)} → ${key}, a message the catalog has`, () => {
      expect(failureReason(error)).toBe(key);
      expect((EN as Record<string, string>)[key]).toBeTruthy();
    });
  }
});
