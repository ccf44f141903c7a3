/**
 * The English message catalog: every word the client shows, in one object (split by screen into
 * en/*.ts for readability). A translation provides the same keys.
 */
import { CLASSROOM } from './en/classroom.ts';
import { COMMON } from './en/common.ts';
import { GAME } from './en/game.ts';
import { HOME } from './en/home.ts';
import { LOBBY } from './en/lobby.ts';
import { PAGES } from './en/pages.ts';
import { TABLE } from './en/table.ts';

export const EN = { ...COMMON, ...GAME, ...HOME, ...LOBBY, ...TABLE, ...PAGES, ...CLASSROOM } as const;
export type MessageKey = keyof typeof EN;
