/**
 * Reads trade figures from CSV as editors and spreadsheets write them: the header, each record's cells as text
 * and the line it starts on. Checking the cells is the row schema's job (`~/model/schemas/trade`).
 */
import { parse } from 'csv-parse/sync';
import type { ContentProblem } from '~/lib/content/problems';
import { TRADE_COLUMNS, type TradeRow } from './model';

/** One CSV record: its cells by column name, as text, and the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

/** The records of one CSV file, or the problem that stops it being read (a bad header, broken quoting). */
export function readTradeCsv(text: string, file: string): { records: CsvRecord[]; problems: ContentProblem[] } {
  let header: string[];
  try {
    header = (parse(text, { to_line: 1, trim: true, bom: true, relax_quotes: true }) as string[][])[0] ?? [];
  } catch {
    header = [];
  }
  const unreadable = (message: string) => ({
    records: [],
    problems: [{ file, line: 1, column: '(header)', message }],
  });
  if (header.length === 1 && header[0]?.includes(';')) {
    return unreadable(
      'uses semicolons between columns; save the file as CSV with commas (in Excel: "CSV UTF-8 (comma delimited)")',
    );
  }
  const missing = TRADE_COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !(TRADE_COLUMNS as readonly string[]).includes(h));
  if (missing.length || extra.length) {
    const parts = [missing.length && `missing ${missing.join(', ')}`, extra.length && `unknown ${extra.join(', ')}`];
    return unreadable(
      `has the wrong columns (${parts.filter(Boolean).join('; ')}); expected exactly: ${TRADE_COLUMNS.join(',')}`,
    );
  }

  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true }) as typeof parsed;
  } catch (error) {
    const err = error as { lines?: number; message: string; code?: string; record?: string[] };
    return {
      records: [],
      problems: [{ file, line: err.lines ?? 1, column: '(row)', message: csvErrorMessage(err, text) }],
    };
  }
  return {
    // A record that spans lines (a quoted line break) is reported where it starts.
    records: parsed.map(({ record, info }) => ({
      line: info.lines - (Object.values(record).join(',').match(/\n/g) ?? []).length,
      cells: record,
    })),
    problems: [],
  };
}

/**
 * What csv-parse's error means for an editor. A record with more cells than the header is almost always a comma
 * inside the free-text note: say so, and show the row with the note quoted.
 */
function csvErrorMessage(
  err: { message: string; code?: string; record?: string[]; lines?: number },
  text: string,
): string {
  const expected = TRADE_COLUMNS.length;
  const cells = err.record ?? [];
  if (err.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && cells.length > expected) {
    // Quote the note as the editor wrote it (spaces kept): everything after the tenth comma of the raw line.
    const raw = text.split(/\r?\n/)[(err.lines ?? 1) - 1] ?? cells.join(',');
    const parts = raw.split(',');
    const note = parts.slice(expected - 1).join(',');
    const fixed = [...parts.slice(0, expected - 1), `"${note.replace(/"/g, '""')}"`].join(',');
    return `has ${cells.length} cells where the header has ${expected}: a comma in the note (the last column) probably split it. Put the note in double quotes: ${fixed}`;
  }
  if (err.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
    return `has ${cells.length} cells where the header has ${expected}: a cell is missing (check for a missing comma)`;
  }
  return `is not valid CSV: ${err.message}`;
}

/** Rows that repeat another row's reporter, partner, period, flow and basis, in any file: one figure per key. */
export function findDuplicateRows(rows: readonly TradeRow[]): ContentProblem[] {
  const seen = new Map<string, TradeRow>();
  const problems: ContentProblem[] = [];
  for (const row of rows) {
    const key = [row.reporter, row.partner, row.period, row.flow, row.basis].join('|');
    const first = seen.get(key);
    if (first) {
      const where = first.file === row.file ? `line ${first.line}` : `${first.file}, line ${first.line}`;
      problems.push({
        file: row.file,
        line: row.line,
        column: '(row)',
        message: `duplicates ${where} (same reporter, partner, period, flow and basis); keep one figure and explain the other in its note`,
      });
    } else {
      seen.set(key, row);
    }
  }
  return problems;
}
