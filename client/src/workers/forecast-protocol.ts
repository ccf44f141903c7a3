/** Messages between the table and the forecast worker. */
import type { Forecast, Knowledge, Levers, World } from '@shared/model/types.ts';

export type ForecastRequest = Readonly<{
  id: number;
  world: World;
  levers: Levers;
  change: Partial<Levers>;
  knowledge: Knowledge;
  runs: number;
  seed: number;
  years: number;
}>;

export type ForecastResponse = Readonly<{ id: number; forecast: Forecast }> | Readonly<{ id: number; error: string }>;
