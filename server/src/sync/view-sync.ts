/**
 * Sends each client the game as it may see it: seated players get their seat's view and events,
 * everyone else the spectator feed. Views are computed once per audience per change and sent as
 * a full view on (re)join, then as patches of the parts that changed for that client.
 */
import { eventsFor, viewFor } from '@shared/rules/index.ts';
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import type { Viewer } from '@shared/rules/view.ts';
import type { MatchClient } from '../rooms/match-client.ts';
import { SPECTATOR, SpectatorFeed, type FeedEntry, type Schedule } from './spectator-feed.ts';
import { fullMessage, patchMessage, serializeView, type SentParts, type SerializedView } from './view-diff.ts';

/** A seat, the (possibly delayed) public feed, or a class's facilitator, who sees everything at once. */
export type Audience = Role | 'spectator' | 'facilitator';
type Subscriber = { client: MatchClient; audience: Audience; sent: SentParts };

function viewerOf(audience: Audience): Viewer {
  if (audience === 'facilitator') return { kind: 'facilitator' };
  return audience === 'spectator' ? SPECTATOR : { kind: 'seat', role: audience };
}

export class ViewSync {
  private readonly subscribers = new Map<string, Subscriber>();
  private readonly feed: SpectatorFeed;
  private latest: GameState;

  constructor(initial: GameState, spectatorDelayMs: number, schedule: Schedule, now: () => number) {
    this.latest = initial;
    this.feed = new SpectatorFeed(spectatorDelayMs, (entry) => this.deliverToSpectators(entry), schedule, now);
    this.feed.current = initial;
  }

  /** (Re)subscribes a client to `audience`, starting with a full view. */
  subscribe(client: MatchClient, audience: Audience): void {
    const subscriber: Subscriber = { client, audience, sent: new Map() };
    this.subscribers.set(client.sessionId, subscriber);
    const state = audience === 'spectator' ? (this.feed.current ?? this.latest) : this.latest;
    client.send('view', fullMessage(serializeView(viewFor(state, viewerOf(audience))), subscriber.sent));
  }

  unsubscribe(sessionId: string): void {
    this.subscribers.delete(sessionId);
  }

  audienceOf(sessionId: string): Audience | null {
    return this.subscribers.get(sessionId)?.audience ?? null;
  }

  /** A new state and the events that led to it: seats now, spectators when the feed releases it. */
  publish(state: GameState, events: readonly GameEvent[]): void {
    this.latest = state;
    const seated = new Map<Audience, Subscriber[]>();
    for (const sub of this.subscribers.values()) {
      if (sub.audience !== 'spectator') seated.set(sub.audience, [...(seated.get(sub.audience) ?? []), sub]);
    }
    for (const [audience, subs] of seated) {
      const viewer = viewerOf(audience);
      this.send(subs, serializeView(viewFor(state, viewer)), eventsFor(events, viewer));
    }
    this.feed.publish({ state, events });
  }

  /** Releases every delayed spectator update at once (the end of the match reveals everything). */
  flushSpectators(): void {
    this.feed.flush();
  }

  private deliverToSpectators(entry: FeedEntry): void {
    const subs = [...this.subscribers.values()].filter((s) => s.audience === 'spectator');
    if (subs.length === 0) return;
    this.send(subs, serializeView(viewFor(entry.state, SPECTATOR)), eventsFor(entry.events, SPECTATOR));
  }

  private send(subs: readonly Subscriber[], view: SerializedView, events: ReturnType<typeof eventsFor>): void {
    for (const sub of subs) {
      const message = patchMessage(view, sub.sent);
      if (message) sub.client.send('view', message);
      if (events.length > 0) sub.client.send('events', events);
    }
  }
}
