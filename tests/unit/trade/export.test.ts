import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportTrade, TRADE_COLUMN_NOTES, TRADE_EXPORT_COLUMNS, tradeToCsv } from '~/lib/trade/export';
import type { TradeRow } from '~/lib/trade/model';

const row: TradeRow = {
  reporter: 'KZ',
  partner: 'DE',
  period: '2022',
  flow: 'turnover',
  value: 8.2,
  unit: 'EUR bn',
  basis: 'mirror',
  approx: true,
  derived: false,
  source: 'dw-2023',
  note: 'DW: "almost $9 bn", German figures',
  file: 'content/trade/kazakhstan.csv',
  line: 92,
};
const source = { title: 'Germany and Kazakhstan', publisher: 'DW', url: 'https://example.org/dw' };

describe('the trade download', () => {
  it('writes the partner name and the source out in full, and leaves out where the row was read from', () => {
    const [exported] = exportTrade([row], () => source);
    expect(exported).toMatchObject({
      partner: 'DE',
      partner_name: 'Germany',
      source_title: 'Germany and Kazakhstan',
      source_url: 'https://example.org/dw',
    });
    expect(exported).not.toHaveProperty('file');
    expect(exported).not.toHaveProperty('line');
  });

  it('is a CSV a spreadsheet reads back cell for cell, quotes and commas included', () => {
    const csv = tradeToCsv(exportTrade([row], () => source));
    const [record] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(record ?? {})).toEqual([...TRADE_EXPORT_COLUMNS]);
    expect(record).toMatchObject({
      value: '8.2',
      approx: 'true',
      derived: 'false',
      note: 'DW: "almost $9 bn", German figures',
    });
  });

  it('describes every column it writes', () => {
    expect(TRADE_EXPORT_COLUMNS.filter((c) => !TRADE_COLUMN_NOTES[c])).toEqual([]);
  });
});
