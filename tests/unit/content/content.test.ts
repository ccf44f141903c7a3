import { describe, expect, it } from 'vitest';
import {
  AGENDAS, agendasOf, BALANCE, botName, DECKS, deckOf, EVENT_CARDS, EVENT_HEADLINES, formatLever, MAX_HEADLINES, POLICIES,
  ROLE_CONTENT, writeHeadlines,
} from '@shared/content/index.ts';
import { initialWorld, NO_EVENTS, scenarioLevers, step } from '@shared/model/index.ts';
import { EVENT_DRAW_KEYS, LEVER_IDS, SCENARIO_IDS } from '@shared/model/types.ts';
import { createGame, defaultConfig, ROLES } from '@shared/rules/index.ts';

describe('roles', () => {
  it('seats four characters with their balance resources', () => {
    expect(Object.keys(ROLE_CONTENT).sort()).toEqual([...ROLES].sort());
    for (const r of ROLES) {
      expect(ROLE_CONTENT[r].start).toEqual(BALANCE.start[r]);
      expect(ROLE_CONTENT[r].abilities.length).toBeGreaterThan(0);
      expect(botName(r)).toContain(ROLE_CONTENT[r].character);
    }
    expect(ROLE_CONTENT.chemist.character).toBe('Dr. Elara Kint');
    expect(BALANCE.start.smuggler.credits).toBeGreaterThan(Math.max(...(['chemist', 'engineer', 'activist'] as const).map((r) => BALANCE.start[r].credits)));
    expect(ROLE_CONTENT.smuggler.abilities.filter((a) => a.covert).map((a) => a.kind)).toEqual(['divert', 'bribe', 'sabotage']);
  });
});

describe('agendas', () => {
  it.each(ROLES)('%s has two or three secret variants with unique ids', (role) => {
    const variants = agendasOf(role);
    expect(variants.length).toBeGreaterThanOrEqual(2);
    expect(variants.length).toBeLessThanOrEqual(3);
    for (const a of variants) {
      expect(AGENDAS[a.id]).toBe(a);
      expect(a.text.length).toBeGreaterThan(10);
      expect(a.text).not.toMatch(/undefined|NaN/);
    }
  });

  it('uses the design’s agendas', () => {
    const titles = Object.values(AGENDAS).map((a) => `${a.role}:${a.title}`);
    for (const t of ['chemist:Breakthrough', 'chemist:Recognition', 'engineer:Scale up', 'engineer:Safe by design',
      'activist:Clean city', 'activist:Accountability', 'smuggler:Fortune', 'smuggler:Reform']) expect(titles).toContain(t);
  });

  it('checks a final state to a boolean', () => {
    const s = createGame(defaultConfig(), 1);
    for (const a of Object.values(AGENDAS)) expect(typeof a.check(s)).toBe('boolean');
    const exposed = { ...s, seats: { ...s.seats, smuggler: { ...s.seats.smuggler, exposed: true } } };
    expect(AGENDAS.activistAccountability.check(s)).toBe(false);
    expect(AGENDAS.activistAccountability.check(exposed)).toBe(true);
    const rich = { ...s, seats: { ...s.seats, smuggler: { ...s.seats.smuggler, resources: { credits: 500, influence: 0, reputation: 0 } } } };
    expect(AGENDAS.smugglerFortune.check(rich)).toBe(true);
    expect(AGENDAS.smugglerFortune.check({ ...rich, seats: { ...rich.seats, smuggler: { ...rich.seats.smuggler, exposed: true } } })).toBe(false);
    expect(AGENDAS.engineerSafeByDesign.check({ ...s, levers: { ...s.levers, safety: BALANCE.agendas.safeByDesignMinSafety } })).toBe(true);
  });
});

describe('policies', () => {
  it('offers one policy per lever with an influence cost from the balance', () => {
    expect(Object.keys(POLICIES).sort()).toEqual([...LEVER_IDS].sort());
    expect(Object.keys(BALANCE.policyCost).sort()).toEqual([...LEVER_IDS].sort());
    for (const id of LEVER_IDS) {
      expect(POLICIES[id].influenceCost).toBe(BALANCE.policyCost[id]);
      expect(POLICIES[id].influenceCost).toBeGreaterThan(0);
    }
  });

  it('lets the engineer retrofit exactly the levers the model improves', () => {
    const retrofittable = LEVER_IDS.filter((id) => POLICIES[id].retrofittable);
    expect(retrofittable.sort()).toEqual(['capacityGrant', 'enforcement', 'recoverySubsidy', 'remediation', 'safety']);
    const w = initialWorld('default', 2);
    const lv = { ...scenarioLevers('default'), capacityGrant: 4, safety: 0.4, remediation: 2, enforcement: 3, recoverySubsidy: 50, nanoCap: 0.3 };
    const plain = step(w, lv, NO_EVENTS);
    for (const lever of retrofittable) expect(step(w, lv, NO_EVENTS, { retrofit: lever })).not.toEqual(plain);
  });
});

describe('briefing cards', () => {
  it.each(SCENARIO_IDS)('%s has a deck of at least 12 known cards', (scenario) => {
    const deck = deckOf(scenario);
    expect(deck.length).toBeGreaterThanOrEqual(12);
    for (const id of deck) expect(EVENT_CARDS[id]).toBeDefined();
    expect(deck).not.toContain('vaultDemoLeak');
    expect(Object.keys(DECKS[scenario])).toContain('vaultDemo');
  });

  it('tell stories from the public world, never the hidden beta0', () => {
    for (const scenario of SCENARIO_IDS) {
      const w = initialWorld(scenario, 2.3456);
      for (const card of Object.values(EVENT_CARDS)) {
        const story = card.story(w);
        expect(story.length).toBeGreaterThan(30);
        expect(story).not.toMatch(/undefined|NaN|2\.3456/);
      }
    }
  });

  it('force only real model events and fail into real cards', () => {
    for (const card of Object.values(EVENT_CARDS)) {
      if (card.forceEvent) expect(EVENT_DRAW_KEYS).toContain(card.forceEvent);
      if (card.failsInto) expect(EVENT_CARDS[card.failsInto].kind).toBe('demonstration');
    }
    expect(EVENT_CARDS.vaultDemoLeak.title).toBe('Toxic leak on stage at the Value Vault demonstration');
    expect(EVENT_CARDS.vaultDemoLeak.forceEvent).toBe('toxicLeak');
  });
});

describe('headlines', () => {
  const before = initialWorld('default', 2);
  const year = step(before, { ...scenarioLevers('default'), landfillTax: 120 }, { ...NO_EVENTS, toxicLeak: 0, scandal: 0 });

  it('lead with exposures, then events, then enacted policies', () => {
    const lines = writeHeadlines({
      before, after: year.world, flows: year.flows,
      enacted: [{ lever: 'landfillTax', from: 40, to: 120 }, { lever: 'depositScheme', from: 0, to: 1 }],
      exposures: [{ target: 'smuggler', by: 'press' }], wrongAccusations: [], wentStraight: false, frozenLever: null,
    });
    expect(lines[0]).toBe('Press unmasks Jax behind the smuggling ring');
    expect(lines).toContain(EVENT_HEADLINES.toxicLeak(year.world, year.flows));
    expect(lines).toContain('Council votes: Landfill tax raised to 120 $/t (was 40 $/t)');
    expect(lines).toContain('Council votes: Deposit-return scheme launched');
    expect(lines.length).toBeLessThanOrEqual(MAX_HEADLINES);
  });

  it('always print something', () => {
    const calm = step(before, scenarioLevers('default'), NO_EVENTS);
    const lines = writeHeadlines({
      before: calm.world, after: calm.world, flows: calm.flows, enacted: [], exposures: [], wrongAccusations: [], wentStraight: false, frozenLever: null,
    });
    expect(lines).toEqual(['A steady year on the recycling council']);
  });

  it('format lever values like the sliders', () => {
    expect(formatLever('landfillTax', 120)).toBe('120 $/t');
    expect(formatLever('nanoCap', 0.25)).toBe('0.25 share');
    expect(formatLever('depositScheme', 1)).toBe('on');
    for (const e of EVENT_DRAW_KEYS) expect(EVENT_HEADLINES[e](year.world, year.flows)).not.toMatch(/undefined|NaN/);
  });
});
