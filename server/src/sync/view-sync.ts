/**
 * Sends each client the game as it may see it: seated players get their seat's view and events,
 * everyone else the spectator feed. Clients who see the same (an audience) are kept in step: each
 * change is projected, written and encoded once per audience and the same bytes go to all of its
 * clients; a client that (re)joins gets the audience's whole current view. The audiences share the
 * texts written for one change, and nothing keeps them after it.
 */
import { getMessageBytes, Protocol } from '@colyseus/core';
import { eventsFor } from '@shared/rules/index.ts';
import type { GameEvent } from '@shared/rules/events.ts';
import type { GameState, Role } from '@shared/rules/types.ts';
import type { MatchView, Viewer } from '@shared/rules/view.ts';
import { ViewProjector } from '@shared/rules/view-projector.ts';
import { encodeFullUpdate, encodePatchUpdate, type TextCache } from '@shared/protocol/view-wire-encode.ts';
import type { ViewWire } from '@shared/protocol/view-wire.ts';
import type { MatchClient } from '../rooms/match-client.ts';
import { SPECTATOR, SpectatorFeed, type FeedEntry, type Schedule } from './spectator-feed.ts';

/** A seat, the (possibly delayed) public feed, or a class's facilitator, who sees everything at once. */
export type Audience = Role | 'spectator' | 'facilitator';

/** The part of a client this needs: pre-encoded frames go out as they are. */
export type ViewClient = Pick<MatchClient, 'sessionId' | 'enqueueRaw'>;

function viewerOf(audience: Audience): Viewer {
  if (audience === 'facilitator') return { kind: 'facilitator' };
  return audience === 'spectator' ? SPECTATOR : { kind: 'seat', role: audience };
}

/** One `view` frame, encoded once whatever the number of clients it goes to. */
function frameOf(wire: ViewWire): Uint8Array {
  return getMessageBytes.raw(Protocol.ROOM_DATA, 'view', wire);
}

/** The clients of one audience and the view they all hold. */
class Channel {
  readonly clients = new Map<string, ViewClient>();
  readonly projector: ViewProjector;
  held: MatchView | null = null;

  constructor(readonly viewer: Viewer) {
    this.projector = new ViewProjector(viewer);
  }

  join(client: ViewClient, state: GameState): void {
    this.clients.set(client.sessionId, client);
    // Everyone already here holds the view of `state` too (publishing keeps them current).
    this.held = this.projector.project(state);
    client.enqueueRaw(frameOf(encodeFullUpdate(this.held, [], new Map())));
  }

  publish(state: GameState, events: readonly GameEvent[], texts: TextCache): void {
    if (this.clients.size === 0 || this.held === null) return;
    const view = this.projector.project(state);
    const frame = frameOf(encodePatchUpdate(this.held, view, eventsFor(events, this.viewer), texts));
    this.held = view;
    for (const client of this.clients.values()) client.enqueueRaw(frame);
  }
}

export class ViewSync {
  private readonly channels = new Map<Audience, Channel>();
  private readonly audiences = new Map<string, Audience>();
  private readonly feed: SpectatorFeed;
  /** The texts written for the change being published: spectators share them when not delayed. */
  private publishing: TextCache | null = null;
  private latest: GameState;

  constructor(initial: GameState, spectatorDelayMs: number, schedule: Schedule, now: () => number) {
    this.latest = initial;
    this.feed = new SpectatorFeed(spectatorDelayMs, (entry) => this.deliverToSpectators(entry), schedule, now);
    this.feed.current = initial;
  }

  /** (Re)subscribes a client to `audience`, starting with a full view. */
  subscribe(client: ViewClient, audience: Audience): void {
    this.unsubscribe(client.sessionId);
    this.audiences.set(client.sessionId, audience);
    const state = audience === 'spectator' ? (this.feed.current ?? this.latest) : this.latest;
    this.channel(audience).join(client, state);
  }

  unsubscribe(sessionId: string): void {
    const audience = this.audiences.get(sessionId);
    if (audience === undefined) return;
    this.audiences.delete(sessionId);
    this.channels.get(audience)?.clients.delete(sessionId);
  }

  audienceOf(sessionId: string): Audience | null {
    return this.audiences.get(sessionId) ?? null;
  }

  /** A new state and the events that led to it: seats now, spectators when the feed releases it. */
  publish(state: GameState, events: readonly GameEvent[]): void {
    this.latest = state;
    // One text cache per change, for every audience it reaches now; nothing keeps it afterwards.
    const texts = new Map<object, string>();
    this.publishing = texts;
    try {
      for (const [audience, channel] of this.channels) if (audience !== 'spectator') channel.publish(state, events, texts);
      this.feed.publish({ state, events });
    } finally {
      this.publishing = null;
    }
  }

  /** Releases every delayed spectator update at once (the end of the match reveals everything). */
  flushSpectators(): void {
    this.feed.flush();
  }

  private deliverToSpectators(entry: FeedEntry): void {
    this.channels.get('spectator')?.publish(entry.state, entry.events, this.publishing ?? new Map());
  }

  private channel(audience: Audience): Channel {
    let channel = this.channels.get(audience);
    if (!channel) {
      channel = new Channel(viewerOf(audience));
      this.channels.set(audience, channel);
    }
    return channel;
  }
}
