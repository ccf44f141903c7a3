/**
 * What a match room advertises to the matchmaker (its metadata): enough for the public list of
 * live matches, nothing secret. Kept up to date as the phase, round and head counts change.
 */
import type { LiveMatch } from '@shared/protocol/http.ts';

export type MatchListing = LiveMatch & Readonly<{ allowSpectators: boolean }>;
