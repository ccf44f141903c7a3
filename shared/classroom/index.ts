/**
 * Classroom sessions, the pure part: seating a class at tables, names and moderation, the facilitator's
 * targets and checks, the dashboard's cards and alerts, the debrief and the CSV/JSON export. The
 * ClassRoom on the server and the teacher screens are thin adapters over this. See docs/classroom.md.
 * The profanity filter is not re-exported: import `./moderation.ts` where text is filtered, so a bundle
 * that only shows a debrief does not carry the word list (the `obscenity` package cannot be tree-shaken).
 */
export * from './seating.ts';
export * from './seating-moves.ts';
export * from './names.ts';
export * from './presets.ts';
export * from './rate-limit.ts';
export * from './class-setup.ts';
export * from './class-session.ts';
export * from './facilitate.ts';
export * from './seat-sync.ts';
export * from './alerts.ts';
export * from './dashboard.ts';
export * from './counterfactual.ts';
export * from './debrief.ts';
export * from './tie-backs.ts';
export * from './questions.ts';
export * from './table-debrief.ts';
export * from './csv.ts';
export * from './export.ts';
export * from './export-json.ts';
