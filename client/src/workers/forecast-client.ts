/**
 * Asks the forecast worker for a proposal's futures and remembers the answers: the same proposal on
 * the same city is computed once. Falls back to "unavailable" if workers cannot start.
 */
import { useEffect, useState } from 'react';
import type { Forecast, Knowledge, LeverId, Levers } from '@shared/model/types.ts';
import type { PublicWorld } from '@shared/rules/view.ts';
import type { ForecastRequest, ForecastResponse } from './forecast-protocol.ts';

export const FORECAST_RUNS = 400;
export const FORECAST_YEARS = 3;
const FORECAST_SEED = 2045;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: ForecastResponse) => void>();
const cache = new Map<string, Promise<Forecast>>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ForecastResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

export type ForecastInput = Readonly<{ world: PublicWorld; levers: Levers; knowledge: Knowledge; lever: LeverId; value: number }>;

function keyOf(input: ForecastInput): string {
  return JSON.stringify([input.world.year, input.world.T, input.world.P, input.knowledge, input.levers, input.lever, input.value]);
}

export function requestForecast(input: ForecastInput): Promise<Forecast> {
  const key = keyOf(input);
  const known = cache.get(key);
  if (known) return known;
  const id = nextId++;
  // The hidden β₀ is not in a public world; the forecast samples it from what this viewer knows.
  const world = { ...input.world, beta0: (input.knowledge.beta0Min + input.knowledge.beta0Max) / 2 };
  const request: ForecastRequest = {
    id, world, levers: input.levers, change: { [input.lever]: input.value }, knowledge: input.knowledge,
    runs: FORECAST_RUNS, seed: FORECAST_SEED, years: FORECAST_YEARS,
  };
  const promise = new Promise<Forecast>((resolve, reject) => {
    waiting.set(id, (r) => ('forecast' in r ? resolve(r.forecast) : reject(new Error(r.error))));
    getWorker().postMessage(request);
  });
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  return promise;
}

export type ForecastState = { status: 'loading' } | { status: 'ready'; forecast: Forecast } | { status: 'error' };

export function useForecast(input: ForecastInput | null): ForecastState {
  const [state, setState] = useState<ForecastState>({ status: 'loading' });
  const key = input ? keyOf(input) : '';
  useEffect(() => {
    if (!input) return;
    let live = true;
    setState({ status: 'loading' });
    requestForecast(input).then(
      (forecast) => live && setState({ status: 'ready', forecast }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
    // The key captures every input that changes the answer.
  }, [key]);
  return state;
}
