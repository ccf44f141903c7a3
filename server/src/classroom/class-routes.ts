/**
 * The class API for the facilitator's debrief, behind the host token (`Authorization: Bearer …`,
 * never in the address, so it stays out of logs): the class report (settings, students, every table's
 * log) and the CSV and JSON exports, all rebuilt from what the stores keep — live, after a restart or
 * the next day. Students cannot read any of it: a running table's log reveals every secret.
 */
import type express from 'express';
import { classCsv, classJson, type TableLog } from '@shared/classroom/index.ts';
import { placementIn } from '@shared/classroom/class-session.ts';
import {
  CLASS_CSV_PATH, CLASS_JSON_PATH, CLASS_REPORT_PATH, type ClassReport, type ClassReportError, type ClassReportTable,
} from '@shared/protocol/class-report.ts';
import type { MatchStore } from '../store/match-store.ts';
import type { ClassStore, StoredClass } from './class-store.ts';
import { tokenHash } from './class-store.ts';

function bearer(req: express.Request): string | null {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token && token.length >= 16 && token.length <= 128 ? token : null;
}

function classOf(req: express.Request, res: express.Response, classes: ClassStore): StoredClass | null {
  const token = bearer(req);
  const found = token ? classes.byHostHash(tokenHash(token)) : null;
  if (!found) {
    const body: ClassReportError = { error: 'unauthorized' };
    res.status(401).set('Cache-Control', 'no-store').json(body);
  }
  return found;
}

async function tablesOf(found: StoredClass, store: MatchStore): Promise<ClassReportTable[]> {
  const out: ClassReportTable[] = [];
  for (const t of found.tables) {
    const match = await store.getMatch(t.matchId);
    if (!match) continue;
    out.push({
      table: t.table, code: t.code, matchId: t.matchId, seed: match.seed, config: match.config, status: match.status,
      commands: await store.getCommands(t.matchId),
    });
  }
  return out.sort((a, b) => a.table - b.table);
}

export async function classReport(found: StoredClass, store: MatchStore): Promise<ClassReport> {
  const { session } = found.snapshot;
  return {
    code: found.code, title: session.config.title ?? null, status: session.status, config: session.config, createdAt: found.createdAt,
    students: session.students.map((s) => ({ id: s.id, name: s.name, placement: placementIn(session, s.id) })),
    tables: await tablesOf(found, store),
  };
}

const logsOf = (tables: readonly ClassReportTable[]): TableLog[] => tables.map(({ table, config, seed, commands }) => ({ table, config, seed, commands }));

function attachment(res: express.Response, name: string, type: string): express.Response {
  return res.set({ 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' });
}

export function mountClassRoutes(app: express.Application, classes: ClassStore, store: MatchStore): void {
  app.get(CLASS_REPORT_PATH, async (req, res) => {
    const found = classOf(req, res, classes);
    if (found) res.set('Cache-Control', 'no-store').json(await classReport(found, store));
  });
  app.get(CLASS_CSV_PATH, async (req, res) => {
    const found = classOf(req, res, classes);
    if (!found) return;
    const csv = classCsv(logsOf(await tablesOf(found, store)));
    attachment(res, `neo-terra-class-${found.code}.csv`, 'text/csv; charset=utf-8').send(csv);
  });
  app.get(CLASS_JSON_PATH, async (req, res) => {
    const found = classOf(req, res, classes);
    if (!found) return;
    const json = classJson(logsOf(await tablesOf(found, store)));
    attachment(res, `neo-terra-class-${found.code}.json`, 'application/json; charset=utf-8').send(JSON.stringify(json));
  });
}
