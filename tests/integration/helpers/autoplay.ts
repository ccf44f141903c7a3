/**
 * Lets a test client play like a person would: whenever its view changes, it asks the shared bot
 * what its seat should do and sends that over the network, until it is stopped.
 */
import { startAutopilot, type AutopilotOptions } from '@server/cli/autopilot.ts';
import type { TestPlayer } from './test-player.ts';

export function autoplay(player: TestPlayer, seed: number, override?: AutopilotOptions['override'], gapMs = 30): () => void {
  const pilot = startAutopilot({
    view: () => player.view,
    send: ({ type, ...payload }) => player.send(type, payload),
    seed,
    gapMs,
    override,
  });
  player.onView = () => pilot.viewChanged();
  player.onRejected = (code) => pilot.refused(code);
  return () => {
    pilot.stop();
    player.onView = null;
    player.onRejected = null;
  };
}
