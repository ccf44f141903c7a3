/**
 * Classroom sessions on the server, wired in one place: the class store (its own SQLite file under
 * DATA_DIR), the two room types (`class`, and `classTable` which only a class can open), the
 * facilitator's HTTP API, and reopening classes that were running when the server stopped.
 */
import { matchMaker } from '@colyseus/core';
import { defineRoom } from '@colyseus/core';
import type express from 'express';
import { CLASS_ROOM, CLASS_TABLE_ROOM } from '@shared/protocol/class-messages.ts';
import { makeMatchId } from '../rooms/identifiers.ts';
import { PENDING_OPTION, type RoomContext } from '../rooms/room-context.ts';
import type { ClassContext } from './class-context.ts';
import { bindClassRoom } from './class-room.ts';
import { mountClassRoutes } from './class-routes.ts';
import { bindClassTableRoom } from './class-table-room.ts';
import { openSqliteClassStore } from './sqlite-class-store.ts';

export type ClassResumeReport = { resumed: string[]; failed: string[] };

export function createClassroom(rooms: RoomContext) {
  const context: ClassContext = {
    rooms, classes: openSqliteClassStore(rooms.settings.dataDir),
    pendingClasses: new Map(), pendingTables: new Map(), live: new Map(),
  };
  return {
    context,
    rooms: { [CLASS_ROOM]: defineRoom(bindClassRoom(context)), [CLASS_TABLE_ROOM]: defineRoom(bindClassTableRoom(context)) },
    mountRoutes: (app: express.Application) => mountClassRoutes(app, context.classes, rooms.store),
    /** After a restart: every class not ended opens again under its code, its tables from their logs. */
    resume: async (): Promise<ClassResumeReport> => {
      const report: ClassResumeReport = { resumed: [], failed: [] };
      for (const stored of context.classes.listOpen()) {
        const key = makeMatchId();
        context.pendingClasses.set(key, stored.id);
        try {
          await matchMaker.handleCreateRoom(CLASS_ROOM, { [PENDING_OPTION]: key });
          report.resumed.push(stored.code);
        } catch (error) {
          context.pendingClasses.delete(key);
          report.failed.push(stored.code);
          console.error(`[resume] class ${stored.id} (${stored.code}) could not be reopened`, error);
        }
      }
      return report;
    },
    close: () => context.classes.close(),
  };
}

export type Classroom = ReturnType<typeof createClassroom>;
