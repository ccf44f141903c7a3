/**
 * Runs the city model's Monte Carlo forecasts off the main thread, so the table never stutters while
 * hundreds of possible futures are computed for a proposal.
 */
import { forecast } from '@shared/model/index.ts';
import type { ForecastRequest, ForecastResponse } from './forecast-protocol.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ForecastRequest>) => void) | null; postMessage: (m: ForecastResponse) => void };

scope.onmessage = (event) => {
  const { id, world, levers, change, knowledge, runs, seed, years } = event.data;
  try {
    const result = forecast(world, { levers, change }, knowledge, runs, seed, years);
    scope.postMessage({ id, forecast: result });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
