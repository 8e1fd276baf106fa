/** Trade figures as downloadable data: every row as published, with its source written out. */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeRecord } from '~/lib/site/spreadsheet';
import { partnerName } from './labels';
import { TRADE_COLUMNS, type TradeRow } from './model';

export interface ExportedTradeRow extends Omit<TradeRow, 'file' | 'line'> {
  partner_name: string;
  source_title: string;
  source_publisher: string;
  source_url: string;
}

/** What each column means, for the JSON download and the page that offers it. */
export const TRADE_COLUMN_NOTES: Record<string, string> = {
  reporter: 'ISO 3166 alpha-2 code of the country whose trade this is (KZ = Kazakhstan).',
  partner: 'ISO 3166 alpha-2 code of the partner; EU = the European Union as a bloc; WLD = all partners (the total).',
  partner_name: 'The partner in English.',
  period:
    'A calendar year (2022), a half year (2023-H1) or a span of months (2023-01/2023-09). Part-year figures are never ranked against full years.',
  flow: "From the reporter's side: exports (to the partner), imports (from the partner) or turnover (both).",
  value: 'The figure as published, in the unit given. Never converted between currencies.',
  unit: 'USD bn (billions of US dollars) or EUR bn (billions of euros).',
  basis:
    "reporter = published by the reporter's side (Kazakh officials and agencies); mirror = published by the partner's statistics, restated from the reporter's side.",
  approx: 'true when the source hedges ("about", "more than") or the figure is a rounded calculation.',
  derived: 'true when we computed the figure from published ones; the note says how.',
  source: 'The id of the source in the site bibliography.',
  source_title: 'Title of the source.',
  source_publisher: 'Publisher of the source.',
  source_url: 'Where the figure was published.',
  note: 'Caveats, conflicts between sources, and how derived figures were computed.',
};

/** Rows in file order with their sources resolved. */
export function exportTrade(
  rows: readonly TradeRow[],
  lookupSource: (id: string) => { title: string; publisher: string; url: string },
): ExportedTradeRow[] {
  return rows.map(({ file: _file, line: _line, ...row }) => {
    const source = lookupSource(row.source);
    return {
      ...row,
      partner_name: partnerName(row.partner),
      source_title: source.title,
      source_publisher: source.publisher,
      source_url: source.url,
    };
  });
}

export const TRADE_EXPORT_COLUMNS = [
  ...TRADE_COLUMNS.slice(0, 2),
  'partner_name',
  ...TRADE_COLUMNS.slice(2, 10),
  'source_title',
  'source_publisher',
  'source_url',
  'note',
] as const;

/** Spreadsheet-safe CSV (see `~/lib/site/spreadsheet`) in the same columns as the editors' file, plus the partner's name and the source's title and address. */
export function tradeToCsv(rows: readonly ExportedTradeRow[]): string {
  return stringify(
    rows.map((r) => spreadsheetSafeRecord({ ...r, approx: String(r.approx), derived: String(r.derived) })),
    { header: true, columns: [...TRADE_EXPORT_COLUMNS], record_delimiter: 'unix' },
  );
}
