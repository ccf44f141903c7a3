/** The data a chart and its table view share: one row per round, one key per series. */
export type ChartRow = { round: number } & Record<string, number | null>;
export type ChartSeries = Readonly<{ key: string; label: string; color: string; dashed?: boolean; faint?: boolean }>;

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const PALETTE = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#9aa7b4',
} as const;
export const SERIES_COLORS = [PALETTE.sky, PALETTE.orange, PALETTE.green, PALETTE.purple, PALETTE.yellow, PALETTE.vermillion, PALETTE.blue];
