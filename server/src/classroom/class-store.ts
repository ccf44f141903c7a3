/**
 * Where classes live between requests and after a restart: the class (its settings, seed, students,
 * seating and each table's control state, as one snapshot rewritten after every change), the match
 * behind each of its tables, and the hashes of the host token and of each student's token. Tokens
 * themselves are never stored, so a copied database grants no control over a class.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClassSession } from '@shared/classroom/class-session.ts';
import type { RngState } from '@shared/random/rng.ts';

/** The class as the room keeps it: the session plus the state of its friendly-name generator. */
export type ClassSnapshot = Readonly<{ session: ClassSession; nameRng: RngState }>;

export type ClassTableRecord = Readonly<{ table: number; matchId: string; code: string }>;

export type NewClass = Readonly<{ id: string; code: string; hostHash: string; createdAt: number; snapshot: ClassSnapshot }>;

export type StoredClass = NewClass & Readonly<{ tables: readonly ClassTableRecord[] }>;

/** Synchronous, like the embedded match store: a change is durable before anyone is told about it. */
export interface ClassStore {
  createClass(record: NewClass): void;
  saveSnapshot(classId: string, snapshot: ClassSnapshot): void;
  addTable(classId: string, table: ClassTableRecord): void;
  addStudentToken(classId: string, studentId: string, tokenHash: string): void;
  /** The student whose token hashes to `tokenHash` in this class, if any. */
  studentByToken(classId: string, tokenHash: string): string | null;
  byHostHash(hostHash: string): StoredClass | null;
  byId(classId: string): StoredClass | null;
  /** Classes not ended, oldest first: reopened after a restart. */
  listOpen(): StoredClass[];
  close(): void;
}

/** The stored form of a secret token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares a presented token with a stored hash in constant time. */
export function matchesHash(token: string, hash: string): boolean {
  const given = Buffer.from(tokenHash(token), 'hex');
  const known = Buffer.from(hash, 'hex');
  return given.length === known.length && timingSafeEqual(given, known);
}
