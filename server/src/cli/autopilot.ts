/**
 * Plays one seat from outside the server, like a person at a keyboard: look at the seat's view,
 * ask the shared bot what to do, send it, wait for the answer (a new view or a refusal), pause a
 * moment, repeat. Used by the headless bot client and by the integration tests.
 */
import { botIntent, type BotMemo } from '@shared/bots/index.ts';
import type { Intent } from '@shared/protocol/intents.ts';
import type { MatchView } from '@shared/rules/view.ts';
import { INTENT_RULE } from '../rooms/rate-limit.ts';

/** A well-behaved client never outpaces the server's sustained intent rate, whatever gap it asks for. */
const MIN_GAP_MS = INTENT_RULE.refillMs;

export type AutopilotOptions = Readonly<{
  view: () => MatchView | null;
  send: (intent: Intent) => void;
  seed: number;
  /** Pause between one answer and the next move (keeps the client well under the server's flood limit). */
  gapMs: number;
  /** Lets a caller replace the bot's choice (tests script covert actions this way). */
  override?: (view: MatchView, intent: Intent) => Intent;
}>;

export type Autopilot = Readonly<{
  /** Call on every new view. */
  viewChanged: () => void;
  /** Call when the server refuses a move (with the refusal's code). */
  refused: (code: string) => void;
  stop: () => void;
}>;

export function startAutopilot(options: AutopilotOptions): Autopilot {
  const memo: BotMemo = new Map();
  let waitingFor: number | null = null; // the version our last move was based on
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // Everyone moves at once in a vote, and only one move per version can win: losers back off.
  let staleInARow = 0;

  const move = () => {
    timer = null;
    const view = options.view();
    if (stopped || waitingFor !== null || !view || view.viewer.kind !== 'seat') return;
    const chosen = botIntent(view, options.seed, memo);
    if (chosen === null) return;
    const intent = options.override ? options.override(view, chosen) : chosen;
    waitingFor = view.version;
    options.send(intent);
  };
  const soon = () => {
    if (!stopped && timer === null) timer = setTimeout(move, Math.max(options.gapMs, MIN_GAP_MS) * (1 + Math.min(staleInARow, 8)));
  };
  soon();
  return {
    viewChanged: () => {
      const version = options.view()?.version ?? -1;
      if (waitingFor !== null && version > waitingFor) {
        waitingFor = null;
        staleInARow = Math.max(0, staleInARow - 1);
      }
      soon();
    },
    refused: (code) => {
      waitingFor = null;
      staleInARow = code === 'staleVersion' ? staleInARow + 1 : 0;
      soon();
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
