/**
 * The class report the facilitator's debrief reads over HTTP (with the host token): the class's
 * settings, its students and where they sat, and every table as the store keeps it — configuration,
 * seed and command log — so the debrief and its charts are rebuilt exactly from what was played,
 * after a restart or the next day as well as live.
 */
import type { Command } from '../rules/commands.ts';
import type { MatchConfig } from '../rules/types.ts';
import type { Placement, StudentId } from '../classroom/seating.ts';
import type { ClassConfig, ClassStatus } from './class-messages.ts';

/** GET /api/class/report · /api/class/export.csv · /api/class/export.json, with `Authorization: Bearer <host token>`. */
export const CLASS_REPORT_PATH = '/api/class/report';
export const CLASS_CSV_PATH = '/api/class/export.csv';
export const CLASS_JSON_PATH = '/api/class/export.json';

export type ClassReportTable = Readonly<{
  table: number;
  code: string;
  matchId: string;
  seed: number;
  config: MatchConfig;
  status: 'running' | 'finished' | 'abandoned';
  /** Every accepted command in order: `replay(config, seed, commands)` rebuilds the table's state. */
  commands: readonly Command[];
}>;

export type ClassReport = Readonly<{
  code: string;
  title: string | null;
  status: ClassStatus;
  config: ClassConfig;
  createdAt: number;
  students: readonly Readonly<{ id: StudentId; name: string; placement: Placement | null }>[];
  /** Tables in number order; empty until the class starts. */
  tables: readonly ClassReportTable[];
}>;

/** Error body of the class API. */
export type ClassReportError = { error: 'unauthorized' | 'notFound' };
