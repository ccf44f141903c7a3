/**
 * Writing CSV that spreadsheets read back exactly (RFC 4180): comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, and quotes doubled inside. Text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe, so a name
 * like "=HYPERLINK(…)" stays text. Numbers are written plainly with at most four decimals.
 */

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_DECIMALS = 4;

/** A number as the CSV writes it: up to four decimals, no trailing zeros, no "-0", no exponent for small values. */
export function formatCsvNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const rounded = Number(x.toFixed(CSV_DECIMALS));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, escaped. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, in the given column order, each line ending in CRLF. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Readonly<Record<C, CsvValue>>[]): string {
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}

/**
 * Reads CSV written by `toCsv` (or any RFC 4180 file) back into rows of fields. Used by tests and
 * by anything that re-imports an export; the apostrophe guard is left in place, as a spreadsheet would.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
