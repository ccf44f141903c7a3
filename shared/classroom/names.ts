/**
 * Friendly generated names ("Brave Otter") for students who do not type one, or for classes where
 * the teacher wants anonymous names. An adjective and an animal, drawn with the class's seeded
 * generator, never repeated within a class; the lists are kind, easy to read aloud and filter-clean.
 */
import { nextInt, type RngState } from '../random/rng.ts';

export const NAME_ADJECTIVES: readonly string[] = [
  'Brave', 'Bright', 'Calm', 'Clever', 'Curious', 'Daring', 'Eager', 'Fair', 'Friendly', 'Gentle',
  'Happy', 'Honest', 'Jolly', 'Keen', 'Kind', 'Lively', 'Lucky', 'Merry', 'Mighty', 'Nimble',
  'Patient', 'Polite', 'Proud', 'Quick', 'Quiet', 'Rapid', 'Sharp', 'Shiny', 'Steady', 'Sunny',
  'Swift', 'Thoughtful', 'Tidy', 'Trusty', 'Vivid', 'Warm', 'Wise', 'Witty', 'Zesty', 'Bold',
];

export const NAME_ANIMALS: readonly string[] = [
  'Otter', 'Badger', 'Beaver', 'Bison', 'Crane', 'Dolphin', 'Eagle', 'Falcon', 'Ferret', 'Fox',
  'Gecko', 'Heron', 'Ibis', 'Koala', 'Lemur', 'Lynx', 'Marten', 'Meerkat', 'Moose', 'Narwhal',
  'Ocelot', 'Orca', 'Owl', 'Panda', 'Pelican', 'Penguin', 'Puffin', 'Quokka', 'Rabbit', 'Raven',
  'Salmon', 'Seal', 'Sparrow', 'Squirrel', 'Stork', 'Tapir', 'Tiger', 'Turtle', 'Walrus', 'Wombat',
];

/** How many distinct adjective–animal pairs there are (1,600): far more than any class. */
export const FRIENDLY_NAME_COUNT = NAME_ADJECTIVES.length * NAME_ANIMALS.length;

function nameAt(index: number): string {
  const adjective = NAME_ADJECTIVES[Math.floor(index / NAME_ANIMALS.length) % NAME_ADJECTIVES.length];
  return `${adjective} ${NAME_ANIMALS[index % NAME_ANIMALS.length]}`;
}

/**
 * A friendly name nobody in `taken` has (compared without case), and the generator's next state.
 * The draw picks a starting pair; if it is taken, the next free pair in a fixed order is used, so the
 * result stays deterministic. Past 1,600 names a number is added ("Brave Otter 2").
 */
export function nextFriendlyName(rng: RngState, taken: Iterable<string>): [string, RngState] {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  const [start, next] = nextInt(rng, 0, FRIENDLY_NAME_COUNT - 1);
  for (let suffix = 1; ; suffix++) {
    for (let k = 0; k < FRIENDLY_NAME_COUNT; k++) {
      const base = nameAt((start + k) % FRIENDLY_NAME_COUNT);
      const name = suffix === 1 ? base : `${base} ${suffix}`;
      if (!used.has(name.toLowerCase())) return [name, next];
    }
  }
}
