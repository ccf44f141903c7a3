/**
 * After a restart (or a crash), every match that was still running is opened again from its log,
 * under its old code, so players can come back with their seat tokens.
 */
import { matchMaker } from '@colyseus/core';
import { MATCH_ROOM } from '@shared/protocol/version.ts';
import { makeMatchId } from '../rooms/identifiers.ts';
import { PENDING_OPTION, type RoomContext } from '../rooms/room-context.ts';

export type ResumeReport = { resumed: string[]; failed: string[] };

export async function resumeUnfinished(context: RoomContext): Promise<ResumeReport> {
  const report: ResumeReport = { resumed: [], failed: [] };
  for (const match of await context.store.listUnfinished()) {
    if (match.settings.classId) continue; // a class table: its class reopens it (server/src/classroom)
    const key = makeMatchId();
    context.pending.set(key, { kind: 'resume', matchId: match.id });
    try {
      // Created on this process: the pending table lives in this process's memory.
      await matchMaker.handleCreateRoom(MATCH_ROOM, { [PENDING_OPTION]: key });
      report.resumed.push(match.code);
    } catch (error) {
      // Left as running: a fixed server can still resume it later; nothing is lost.
      context.pending.delete(key);
      report.failed.push(match.code);
      console.error(`[resume] match ${match.id} (${match.code}) could not be resumed`, error);
    }
  }
  return report;
}
