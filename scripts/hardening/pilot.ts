/**
 * Lets a harness client play its seat like a person: the shared bot decides from the seat's view,
 * the client sends it, and refusals are honoured (a rate-limited move waits as long as the server
 * says). Returns a function that stops it.
 */
import { startAutopilot, type AutopilotOptions } from '@server/cli/autopilot.ts';
import type { WireClient } from './wire-client.ts';

export function pilot(client: WireClient, seed: number, override?: AutopilotOptions['override'], gapMs = 30): () => void {
  const autopilot = startAutopilot({ view: () => client.view, send: ({ type, ...payload }) => client.send(type, payload), seed, gapMs, override });
  const previous = client.onView;
  client.onView = () => {
    previous?.();
    autopilot.viewChanged();
  };
  client.onRejected = (error) => {
    if (error.code === 'rateLimited') setTimeout(() => autopilot.refused(error.code), error.retryInMs);
    else autopilot.refused(error.code);
  };
  return () => {
    autopilot.stop();
    client.onView = previous;
    client.onRejected = null;
  };
}
