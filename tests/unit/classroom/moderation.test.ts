/**
 * Keeping a class civil: the profanity filter on names and chat (leetspeak included), the stricter
 * "filtered" name rules, chat modes and mutes, friendly generated names, preset phrases, and the
 * rate limit on messages.
 */
import { describe, expect, it } from 'vitest';
import {
  CLASS_RATE_RULES, FRIENDLY_NAME_COUNT, isPresetPhrase, NAME_ADJECTIVES, NAME_ANIMALS, nextFriendlyName, PRESET_PHRASES,
  presetText, takeToken, type RateBucket,
} from '@shared/classroom/index.ts';
import { censorText, checkName, isProfane, moderateChat, tidyName } from '@shared/classroom/moderation.ts';
import { MAX_CHAT_LENGTH } from '@shared/protocol/intents.ts';
import { seedRng, type RngState } from '@shared/random/rng.ts';

describe('names', () => {
  it.each(['Ana', 'José María', 'Zoë', 'Li Wei', 'Brave Otter', 'Scunthorpe Sam', 'Cassandra'])('accepts %s', (name) => {
    expect(checkName(name, 'typed')).toEqual({ ok: true, name });
    expect(checkName(name, 'filtered')).toEqual({ ok: true, name });
  });

  it.each(['fuck', 'Sh1t Head', 'b1tch', 'FUCKER', 'fuuuck'])('refuses the profane name %s in every mode', (name) => {
    expect(checkName(name, 'typed')).toEqual({ ok: false, reason: 'profanity' });
    expect(checkName(name, 'filtered')).toEqual({ ok: false, reason: 'profanity' });
  });

  it('tidies names: invisible characters removed, spaces collapsed, trimmed', () => {
    expect(tidyName('  Ana\u200b   Lee \u0007')).toBe('Ana Lee');
    expect(checkName('  Ana   Lee ', 'typed')).toEqual({ ok: true, name: 'Ana Lee' });
  });

  it.each<[string, string]>([
    ['', 'empty'], ['   ', 'empty'], ['1234', 'empty'], ['\u200b\u200b', 'empty'],
    ['A name far too long for any seat card', 'tooLong'],
  ])('refuses %j (%s)', (name, reason) => {
    expect(checkName(name, 'typed')).toEqual({ ok: false, reason });
  });

  it.each<[string, string]>([
    ['ana@school.org', 'contactDetails'], ['call 07700900123', 'contactDetails'], ['www.me', 'contactDetails'],
    ['Teacher', 'reserved'], ['Admin Bob', 'reserved'], ['the bot', 'reserved'],
  ])('the filtered mode also refuses %j (%s), which typed mode lets through', (name, reason) => {
    expect(checkName(name, 'filtered')).toEqual({ ok: false, reason });
    expect(checkName(name, 'typed').ok).toBe(true);
  });
});

describe('chat', () => {
  it('stars out profanity in open chat and keeps the rest', () => {
    const result = moderateChat('that is fucking expensive', 'open');
    expect(result).toEqual({ ok: true, text: 'that is ****ing expensive', censored: true }); // the matched root is starred
    expect(moderateChat('I support the landfill tax', 'open')).toEqual({ ok: true, text: 'I support the landfill tax', censored: false });
  });

  it('catches leetspeak', () => {
    expect(censorText('you are a b1tch').censored).toBe(true);
    expect(censorText('sh1t').text).toBe('****');
  });

  it('follows the chat mode and mutes', () => {
    expect(moderateChat('hello', 'off')).toEqual({ ok: false, code: 'chatOff' });
    expect(moderateChat('hello', 'presets')).toEqual({ ok: false, code: 'presetsOnly' });
    expect(moderateChat('hello', 'open', true)).toEqual({ ok: false, code: 'muted' });
    expect(moderateChat('hello', 'presets', true)).toEqual({ ok: false, code: 'muted' });
  });
});

describe('friendly names', () => {
  function names(seed: number, count: number): string[] {
    let rng: RngState = seedRng(seed);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const [name, next] = nextFriendlyName(rng, out);
      out.push(name);
      rng = next;
    }
    return out;
  }

  it('are an adjective and an animal, the same for the same seed, different for another', () => {
    const a = names(42, 30);
    expect(names(42, 30)).toEqual(a);
    expect(names(43, 30)).not.toEqual(a);
    for (const n of a) {
      const [adjective, animal] = n.split(' ');
      expect(NAME_ADJECTIVES).toContain(adjective);
      expect(NAME_ANIMALS).toContain(animal);
    }
  });

  it('never repeat within a class, taken names compared without case, and pass the name filter', () => {
    const all = names(7, 100);
    expect(new Set(all).size).toBe(100);
    const [name] = nextFriendlyName(seedRng(7), [all[0].toUpperCase()]);
    expect(name.toLowerCase()).not.toBe(all[0].toLowerCase());
    for (const n of all) expect(checkName(n, 'filtered')).toEqual({ ok: true, name: n });
  });

  it('every word in the lists is clean, and the lists have no duplicates', () => {
    for (const w of [...NAME_ADJECTIVES, ...NAME_ANIMALS]) expect(isProfane(w), w).toBe(false);
    expect(new Set(NAME_ADJECTIVES).size).toBe(NAME_ADJECTIVES.length);
    expect(new Set(NAME_ANIMALS).size).toBe(NAME_ANIMALS.length);
  });

  it('add a number once every pair is taken', () => {
    const every = names(1, FRIENDLY_NAME_COUNT);
    expect(new Set(every).size).toBe(FRIENDLY_NAME_COUNT);
    const [extra] = nextFriendlyName(seedRng(1), every);
    expect(extra).toMatch(/^\w+ \w+ 2$/);
  });
});

describe('preset phrases', () => {
  it('have unique ids, clean text that fits a chat line, and are found by id', () => {
    expect(new Set(PRESET_PHRASES.map((p) => p.id)).size).toBe(PRESET_PHRASES.length);
    for (const p of PRESET_PHRASES) {
      expect(isProfane(p.text), p.id).toBe(false);
      expect(p.text.length).toBeLessThanOrEqual(MAX_CHAT_LENGTH);
      expect(presetText(p.id)).toBe(p.text);
    }
    expect(isPresetPhrase('support')).toBe(true);
    expect(isPresetPhrase('toString')).toBe(false);
    expect(presetText('nope')).toBeNull();
  });
});

describe('takeToken', () => {
  const rule = CLASS_RATE_RULES.chat; // burst 5, one every 2 s

  it('allows a burst, then refuses with the wait until the next token', () => {
    let bucket: RateBucket | undefined;
    for (let i = 0; i < rule.burst; i++) {
      const r = takeToken(bucket, rule, 1000);
      expect(r.ok).toBe(true);
      bucket = r.bucket;
    }
    const refused = takeToken(bucket, rule, 1000);
    expect(refused).toMatchObject({ ok: false, retryInMs: 2000 });
    expect(takeToken(refused.bucket, rule, 2000)).toMatchObject({ ok: false, retryInMs: 1000 });
    expect(takeToken(refused.bucket, rule, 3000).ok).toBe(true);
  });

  it('refills no higher than the burst, and a clock going backwards gives nothing', () => {
    const idle = takeToken({ tokens: 0, at: 0 }, rule, 3_600_000);
    expect(idle).toEqual({ ok: true, bucket: { tokens: rule.burst - 1, at: 3_600_000 } });
    expect(takeToken({ tokens: 0.5, at: 10_000 }, rule, 5_000).ok).toBe(false);
  });
});
