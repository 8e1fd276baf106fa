import { describe, expect, it } from 'vitest';
import type { TradeRow } from '~/lib/trade/model';
import { formatChange, shiftProblems, shiftTitle, summarizeShift, tradeShift, type ShiftSpec } from '~/lib/trade/shift';
import { tradeRow as row } from '../../support/fixtures';

const rows: TradeRow[] = [
  row('RU', '2021', 24.5),
  row('CN', '2021', 18.0, { approx: true, derived: true }),
  row('DE', '2021', 2.2),
  row('NL', '2021', 4.2),
  row('WLD', '2021', 100),
  row('RU', '2023', 26.0),
  row('CN', '2023', 31.4),
  row('DE', '2023', 4.0),
  row('IT', '2023', 16.1),
  row('EU', '2023', 40),
  row('CN', '2022', 24.1),
  // Mirror figures, in two currencies, and a flow the spec does not ask for.
  row('DE', '2021', 6.0, { basis: 'mirror', unit: 'EUR bn' }),
  row('DE', '2023', 9.0, { basis: 'mirror', unit: 'EUR bn' }),
  row('CN', '2021', 20, { basis: 'mirror' }),
  row('CN', '2023', 41, { basis: 'mirror' }),
  row('RU', '2023', 28, { basis: 'mirror' }),
  row('RU', '2021', 15, { flow: 'exports' }),
];
const spec = (patch: Partial<ShiftSpec> = {}): ShiftSpec => ({
  from: '2021',
  to: '2023',
  flow: 'turnover',
  basis: 'reporter',
  ...patch,
});

describe('tradeShift', () => {
  const shift = tradeShift(rows, spec());

  it('compares only partner countries with a figure in both years, largest in the later year first', () => {
    expect(shift.partners.map((p) => p.partner)).toEqual(['CN', 'RU', 'DE']);
    expect(shift.partners.map((p) => [p.fromRow.value, p.toRow.value])).toEqual([
      [18, 31.4],
      [24.5, 26],
      [2.2, 4],
    ]);
  });

  it('names the partners it leaves out, for want of a figure in one of the years, and never the EU or the total', () => {
    expect(shift.onlyTo.map((r) => r.partner)).toEqual(['IT']);
    expect(shift.onlyFrom.map((r) => r.partner)).toEqual(['NL']);
    expect(shift.otherCurrency).toEqual([]);
  });

  it('draws every bar on one scale from zero to the largest figure in either year', () => {
    const china = shift.partners[0]!;
    expect(china.toScale).toBe(1);
    expect(china.fromScale).toBeCloseTo(18 / 31.4);
    expect(shift.partners[2]!.fromScale).toBeCloseTo(2.2 / 31.4);
  });

  it('works out each change as a share of the earlier figure', () => {
    expect(shift.partners.map((p) => formatChange(p.change))).toEqual(['+74%', '+6%', '+82%']);
  });

  it('keeps to one currency, the one most pairs share, and names partners whose figures are in another', () => {
    const mirror = tradeShift(rows, spec({ basis: 'mirror' }));
    // One pair in each currency: the tie goes to US dollars, and Germany's euro figures are named, not charted.
    expect(mirror.unit).toBe('USD bn');
    expect(mirror.partners.map((p) => p.partner)).toEqual(['CN']);
    expect(mirror.otherCurrency).toEqual(['DE']);
    expect(mirror.onlyTo.map((r) => r.partner)).toEqual(['RU']);
    const mixed = tradeShift(
      [row('DE', '2021', 6, { unit: 'EUR bn' }), row('DE', '2023', 7), row('CN', '2021', 1), row('CN', '2023', 2)],
      spec(),
    );
    expect(mixed.partners.map((p) => p.partner)).toEqual(['CN']);
    expect(mixed.otherCurrency).toEqual(['DE']);
  });
});

describe('formatChange', () => {
  it.each([
    [0.74, '+74%'],
    [-0.04, '−4%'],
    [0, '0%'],
    [Number.NaN, '–'],
  ])('%s → %s', (change, text) => {
    expect(formatChange(change)).toBe(text);
  });
});

describe('shiftTitle', () => {
  it('states who overtook whom when the leader changed', () => {
    expect(shiftTitle(tradeShift(rows, spec()))).toBe(
      "China overtook Russia as Kazakhstan's largest trading partner by turnover",
    );
  });

  it('says nothing of overtaking when a partner left out could have led', () => {
    const withBigItaly = [...rows, row('IT', '2023', 40)].filter((r) => !(r.partner === 'IT' && r.value === 16.1));
    expect(shiftTitle(tradeShift(withBigItaly, spec()))).toBe("Kazakhstan's trade with its partners, 2021 and 2023");
  });

  it('describes the chart plainly when the leader stayed the same', () => {
    const steady = [row('RU', '2021', 30), row('RU', '2023', 32), row('CN', '2021', 10), row('CN', '2023', 12)];
    expect(shiftTitle(tradeShift(steady, spec()))).toBe("Kazakhstan's trade with its partners, 2021 and 2023");
  });

  it('puts "the" before a partner that takes it, capitalised at the start', () => {
    const flip = [row('NL', '2021', 1), row('NL', '2023', 9), row('US', '2021', 5), row('US', '2023', 6)];
    expect(shiftTitle(tradeShift(flip, spec()))).toBe(
      "The Netherlands overtook the United States as Kazakhstan's largest trading partner by turnover",
    );
  });
});

describe('summarizeShift', () => {
  it('says which way trade moved, who overtook whom and who is not shown', () => {
    expect(summarizeShift(tradeShift(rows, spec()))).toBe(
      "By Kazakhstan's own figures, trade rose between 2021 and 2023 with all three partners that have figures for " +
        'both years, and China overtook Russia as the largest of them. Not shown, for want of figures to compare: ' +
        'Italy (2023 only); the Netherlands (2021 only).',
    );
  });

  it('separates partners whose figures rose from those whose fell', () => {
    const mixed = [row('RU', '2021', 30), row('RU', '2023', 20), row('CN', '2021', 10), row('CN', '2023', 12)];
    expect(summarizeShift(tradeShift(mixed, spec()))).toBe(
      "By Kazakhstan's own figures, of the two partners with figures for both 2021 and 2023, trade rose with China " +
        'and fell with Russia.',
    );
  });

  it('names the flow with its own preposition, and a partner that stayed the same', () => {
    const exports = [row('RU', '2021', 5, { flow: 'exports' }), row('RU', '2023', 5, { flow: 'exports' })];
    exports.push(row('CN', '2021', 1, { flow: 'exports' }), row('CN', '2023', 3, { flow: 'exports' }));
    expect(summarizeShift(tradeShift(exports, spec({ flow: 'exports' })))).toBe(
      "By Kazakhstan's own figures, of the two partners with figures for both 2021 and 2023, exports rose to China " +
        'and stayed the same to Russia.',
    );
  });

  it('says when there is nothing to compare', () => {
    expect(summarizeShift(tradeShift(rows, spec({ from: '2019' })))).toBe(
      "By Kazakhstan's own figures, no partner has trade figures for both 2019 and 2023, so there is nothing to compare.",
    );
  });

  it('counts a single partner as one', () => {
    expect(summarizeShift(tradeShift([row('RU', '2021', 1), row('RU', '2023', 2)], spec()))).toBe(
      "By Kazakhstan's own figures, trade rose between 2021 and 2023 with the one partner that has figures for both years.",
    );
  });
});

describe('shiftProblems', () => {
  it.each([
    [spec(), []],
    [spec({ from: '2023', to: '2021' }), ['<TradeShift>: from={2023} must be an earlier year than to={2021}']],
    [
      spec({ from: '2019' }),
      [
        '<TradeShift>: no partner has turnover figures on the reporter basis in content/trade/ for both 2019 and 2023; a comparison needs at least two',
      ],
    ],
    [
      spec({ basis: 'mirror' }),
      [
        '<TradeShift>: only one partner has turnover figures on the mirror basis in content/trade/ for both 2021 and 2023; a comparison needs at least two',
      ],
    ],
  ])('%o → %o', (given, problems) => {
    expect(shiftProblems(rows, given)).toEqual(problems);
  });
});
