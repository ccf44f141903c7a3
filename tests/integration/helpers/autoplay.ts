/**
 * Lets a test client play like a person would: whenever its view changes, it asks the shared bot
 * what its seat should do and sends that over the network, until the match is over.
 */
import { botIntent } from '@shared/bots/index.ts';
import type { TestPlayer } from './test-player.ts';

export function autoplay(player: TestPlayer, seed: number): () => void {
  let lastVersion = -1;
  let stopped = false;
  const step = () => {
    const view = player.view;
    if (stopped || !view || view.viewer.kind !== 'seat' || view.version === lastVersion) return;
    lastVersion = view.version;
    const intent = botIntent(view, seed);
    if (!intent) return;
    const { type, ...payload } = intent;
    player.send(type, payload);
  };
  const unbind = player.room.onMessage('view', () => queueMicrotask(step));
  step();
  return () => {
    stopped = true;
    unbind();
  };
}
