/**
 * Reads trade figures from CSV as editors and spreadsheets write them, and checks every cell. Problems name the
 * file, the line and the column, and say what was expected.
 */
import { parse } from 'csv-parse/sync';

export const TRADE_COLUMNS = [
  'reporter',
  'partner',
  'period',
  'flow',
  'value',
  'unit',
  'basis',
  'approx',
  'derived',
  'source',
  'note',
] as const;

export const FLOWS = ['turnover', 'exports', 'imports'] as const;
export type Flow = (typeof FLOWS)[number];
export const BASES = ['reporter', 'mirror'] as const;
export type Basis = (typeof BASES)[number];
export const UNITS = ['USD bn', 'EUR bn'] as const;
export type Unit = (typeof UNITS)[number];

/** Partner codes that are not countries: the EU as a bloc, and the reporter's total with all partners. */
export const BLOC_CODES = { EU: 'European Union', WLD: 'All partners (total)' } as const;

export interface TradeRow {
  reporter: string;
  partner: string;
  /** `2022` (a full calendar year), `2023-H1` or `2023-01/2023-09` (part of a year). */
  period: string;
  flow: Flow;
  value: number;
  unit: Unit;
  basis: Basis;
  approx: boolean;
  derived: boolean;
  source: string;
  note: string;
  /** Where the row came from, for error messages. */
  file: string;
  line: number;
}

export interface TradeProblem {
  file: string;
  line: number;
  column: string;
  message: string;
}

const PERIOD = /^(\d{4})(?:-H([12])|-(\d{2})\/(\d{4})-(\d{2}))?$/;

/** True for a full calendar year (`2022`); part-year periods are never ranked against full years. */
export function isFullYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/** Reader-facing text for a period: `2022`, `first half of 2023`, `January–September 2023`. */
export function describePeriod(period: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year, half, fromMonth, toYear, toMonth] = match;
  if (half) return `${half === '1' ? 'first' : 'second'} half of ${year}`;
  if (fromMonth && toYear && toMonth) {
    const month = (m: string) => new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return year === toYear ? `${month(fromMonth)}–${month(toMonth)} ${year}` : `${month(fromMonth)} ${year} – ${month(toMonth)} ${toYear}`;
  }
  return year!;
}

function checkPeriod(period: string): string | undefined {
  const match = PERIOD.exec(period);
  if (!match) return `'${period}' is not a period: write 2023 (full year), 2023-H1 (half year) or 2023-01/2023-09 (months)`;
  const [, year, , fromMonth, toYear, toMonth] = match;
  if (fromMonth && toYear && toMonth) {
    const from = Number(fromMonth);
    const to = Number(toMonth);
    if (from < 1 || from > 12 || to < 1 || to > 12) return `'${period}' has a month outside 01–12`;
    if (`${toYear}-${toMonth}` < `${year}-${fromMonth}`) return `'${period}' ends before it starts`;
    if (year === toYear && from === 1 && to === 12) return `'${period}' is a full year: write ${year}`;
  }
  return undefined;
}

const BOOLEAN: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '': false };
/** True for EU and WLD, the partner codes that are not countries. */
export const isBloc = (code: string): boolean => Object.hasOwn(BLOC_CODES, code);

/** Parses one CSV file of trade figures. Codes are ISO 3166 alpha-2 (checked against `countryCodes`) or EU/WLD. */
export function parseTradeCsv(
  text: string,
  file: string,
  countryCodes: ReadonlySet<string>,
): { rows: TradeRow[]; problems: TradeProblem[] } {
  const problems: TradeProblem[] = [];
  const rows: TradeRow[] = [];
  let header: string[];
  try {
    header = (parse(text, { to_line: 1, trim: true, bom: true, relax_quotes: true }) as string[][])[0] ?? [];
  } catch {
    header = [];
  }
  if (header.length === 1 && header[0]!.includes(';')) {
    return {
      rows,
      problems: [{ file, line: 1, column: '(header)', message: 'uses semicolons between columns; save the file as CSV with commas (in Excel: "CSV UTF-8 (comma delimited)")' }],
    };
  }
  const missing = TRADE_COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !(TRADE_COLUMNS as readonly string[]).includes(h));
  if (missing.length || extra.length) {
    const parts = [missing.length && `missing ${missing.join(', ')}`, extra.length && `unknown ${extra.join(', ')}`].filter(Boolean);
    return {
      rows,
      problems: [{ file, line: 1, column: '(header)', message: `has the wrong columns (${parts.join('; ')}); expected exactly: ${TRADE_COLUMNS.join(',')}` }],
    };
  }

  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true }) as typeof records;
  } catch (error) {
    const err = error as { lines?: number; message: string };
    return { rows, problems: [{ file, line: err.lines ?? 1, column: '(row)', message: `is not valid CSV: ${err.message}` }] };
  }
  for (const { record, info } of records) {
    // A record that spans lines (a quoted line break) is reported where it starts.
    const line = info.lines - ((Object.values(record).join(',').match(/\n/g) ?? []).length);
    const before = problems.length;
    const problem = (column: string, message: string) => problems.push({ file, line, column, message });
    const code = (column: 'reporter' | 'partner') => {
      const value = record[column] ?? '';
      if (!isBloc(value) && !countryCodes.has(value)) {
        problem(column, `'${value}' is not an ISO 3166 alpha-2 country code (such as KZ, CN, DE), EU or WLD`);
      }
      if (column === 'reporter' && isBloc(value)) problem(column, `must be a country; '${value}' can only be a partner`);
      return value;
    };
    const reporter = code('reporter');
    const partner = code('partner');
    if (reporter && reporter === partner) problem('partner', `'${partner}' is the reporter itself`);
    const period = record['period'] ?? '';
    const periodProblem = checkPeriod(period);
    if (periodProblem) problem('period', periodProblem);
    const flow = record['flow'] ?? '';
    if (!(FLOWS as readonly string[]).includes(flow)) problem('flow', `'${flow}' must be one of: ${FLOWS.join(', ')}`);
    const rawValue = record['value'] ?? '';
    const value = Number(rawValue);
    if (rawValue === '' || !/^\d+(\.\d+)?$/.test(rawValue) || !Number.isFinite(value)) {
      problem('value', `'${rawValue}' must be a plain number such as 26.1 (no currency signs, commas or words)${rawValue.startsWith('-') ? '; trade values are never negative' : ''}`);
    }
    const unit = record['unit'] ?? '';
    if (!(UNITS as readonly string[]).includes(unit)) problem('unit', `'${unit}' must be one of: ${UNITS.join(', ')}`);
    const basis = record['basis'] ?? '';
    if (!(BASES as readonly string[]).includes(basis)) {
      problem('basis', `'${basis}' must be reporter (published by the reporter's side) or mirror (published by the partner's side)`);
    }
    const flag = (column: 'approx' | 'derived') => {
      const raw = (record[column] ?? '').toLowerCase();
      if (!Object.hasOwn(BOOLEAN, raw)) problem(column, `'${record[column]}' must be true or false`);
      return BOOLEAN[raw] ?? false;
    };
    const approx = flag('approx');
    const derived = flag('derived');
    const source = record['source'] ?? '';
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(source)) problem('source', `'${source}' must be a source id (a file name in content/sources/ without .yaml)`);
    const note = record['note'] ?? '';
    if (derived && !note) problem('note', 'must say how a derived figure was computed');

    if (problems.length === before) {
      rows.push({ reporter, partner, period, flow: flow as Flow, value, unit: unit as Unit, basis: basis as Basis, approx, derived, source, note, file, line });
    }
  }
  return { rows, problems };
}

/** Rows that repeat another row's reporter, partner, period, flow and basis, in any file: one figure per key. */
export function findDuplicateRows(rows: readonly TradeRow[]): TradeProblem[] {
  const seen = new Map<string, TradeRow>();
  const problems: TradeProblem[] = [];
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

/** "content/trade/kazakhstan.csv, line 14, column value: …" lines for the build log. */
export function formatTradeProblems(problems: readonly TradeProblem[]): string {
  return [
    `Found ${problems.length} trade data ${problems.length === 1 ? 'problem' : 'problems'}:`,
    ...problems.map((p) => `  ${p.file}, line ${p.line}, column ${p.column}: ${p.message}`),
  ].join('\n');
}
