/**
 * The embedded class store: its own SQLite file next to the match store's (`neo-terra-classes.sqlite`
 * under DATA_DIR, or memory for ':memory:'). The tables' games themselves stay in the match store,
 * which keeps every command; this file only says which matches make up which class.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ClassSnapshot, ClassStore, ClassTableRecord, NewClass, StoredClass } from './class-store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, host_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,
  status TEXT NOT NULL, snapshot TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS classes_status ON classes(status, created_at);
CREATE TABLE IF NOT EXISTS class_tables (
  class_id TEXT NOT NULL REFERENCES classes(id), table_no INTEGER NOT NULL, match_id TEXT NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (class_id, table_no)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS class_students (
  class_id TEXT NOT NULL REFERENCES classes(id), token_hash TEXT NOT NULL, student_id TEXT NOT NULL,
  PRIMARY KEY (class_id, token_hash)
) WITHOUT ROWID;
`;

type ClassRow = { id: string; code: string; host_hash: string; created_at: number; status: string; snapshot: string };

export const CLASS_DB_FILE = 'neo-terra-classes.sqlite';

export function openSqliteClassStore(dataDir: string): ClassStore {
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, CLASS_DB_FILE);
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return new SqliteClassStore(db);
}

class SqliteClassStore implements ClassStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare('INSERT INTO classes (id, code, host_hash, created_at, status, snapshot) VALUES (?, ?, ?, ?, ?, ?)'),
      save: db.prepare('UPDATE classes SET snapshot = ?, status = ? WHERE id = ?'),
      addTable: db.prepare('INSERT OR REPLACE INTO class_tables (class_id, table_no, match_id, code) VALUES (?, ?, ?, ?)'),
      addStudent: db.prepare('INSERT OR IGNORE INTO class_students (class_id, token_hash, student_id) VALUES (?, ?, ?)'),
      student: db.prepare<[string, string], { student_id: string }>('SELECT student_id FROM class_students WHERE class_id = ? AND token_hash = ?'),
      byHost: db.prepare<[string], ClassRow>('SELECT * FROM classes WHERE host_hash = ?'),
      byId: db.prepare<[string], ClassRow>('SELECT * FROM classes WHERE id = ?'),
      open: db.prepare<[], ClassRow>("SELECT * FROM classes WHERE status != 'ended' ORDER BY created_at, id"),
      tables: db.prepare<[string], { table_no: number; match_id: string; code: string }>(
        'SELECT table_no, match_id, code FROM class_tables WHERE class_id = ? ORDER BY table_no',
      ),
    };
  }

  createClass(c: NewClass): void {
    this.statements.insert.run(c.id, c.code, c.hostHash, c.createdAt, c.snapshot.session.status, JSON.stringify(c.snapshot));
  }

  saveSnapshot(classId: string, snapshot: ClassSnapshot): void {
    this.statements.save.run(JSON.stringify(snapshot), snapshot.session.status, classId);
  }

  addTable(classId: string, t: ClassTableRecord): void {
    this.statements.addTable.run(classId, t.table, t.matchId, t.code);
  }

  addStudentToken(classId: string, studentId: string, hash: string): void {
    this.statements.addStudent.run(classId, hash, studentId);
  }

  studentByToken(classId: string, hash: string): string | null {
    return this.statements.student.get(classId, hash)?.student_id ?? null;
  }

  byHostHash(hash: string): StoredClass | null {
    const row = this.statements.byHost.get(hash);
    return row ? this.toStored(row) : null;
  }

  byId(classId: string): StoredClass | null {
    const row = this.statements.byId.get(classId);
    return row ? this.toStored(row) : null;
  }

  listOpen(): StoredClass[] {
    return this.statements.open.all().map((row) => this.toStored(row));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private toStored(row: ClassRow): StoredClass {
    const tables = this.statements.tables.all(row.id).map((t) => ({ table: t.table_no, matchId: t.match_id, code: t.code }));
    return { id: row.id, code: row.code, hostHash: row.host_hash, createdAt: row.created_at, snapshot: JSON.parse(row.snapshot), tables };
  }
}
