import { describe, expect, it } from 'vitest';
import { possessive, whoseFigure } from '~/lib/trade/labels';
import { missingPartners } from '~/lib/trade/missing';
import type { TradeView } from '~/lib/trade/model';
import { missingSentence, summarizeView } from '~/lib/trade/summary';
import { tradeRow as row } from '../../support/fixtures';

const view = (period: string, patch: Partial<TradeView> = {}): TradeView => ({
  period,
  flow: 'turnover',
  basis: 'reporter',
  ...patch,
});

/** Trade in 2023 and 2024 as the real data has it: China has no Kazakh-side 2024 figure, only China's own. */
const rows = [
  row('RU', '2023', 26.0),
  row('CN', '2023', 31.4),
  row('IT', '2023', 16.1),
  row('DE', '2023', 4),
  row('EU', '2023', 45),
  row('RU', '2024', 28, { approx: true }),
  row('IT', '2024', 20, { approx: true }),
  row('KR', '2024', 3.1),
  row('UZ', '2024', 4),
  row('EU', '2024', 50),
  row('WLD', '2023', 140),
  row('CN', '2024', 43.82, { basis: 'mirror' }),
  row('IT', '2024', 18, { flow: 'exports', approx: true }),
  row('TR', '2024', 4.4, { flow: 'exports' }),
  row('FR', '2024-01/2024-06', 2, {}),
];
const codes = (period: string, patch: Partial<TradeView> = {}) =>
  missingPartners(rows, view(period, patch)).map((m) => m.partner);

describe('missingPartners', () => {
  it('lists a partner that had a figure the year before but has none now, by name', () => {
    expect(codes('2024')).toEqual(['CN', 'DE', 'TR']);
  });

  it('says why each is expected: last year on the same flow first, else another flow that year', () => {
    const byPartner = new Map(missingPartners(rows, view('2024')).map((m) => [m.partner, m.expectedFrom]));
    expect(byPartner.get('CN')).toMatchObject({ period: '2023', flow: 'turnover' });
    expect(byPartner.get('TR')).toMatchObject({ period: '2024', flow: 'exports' });
  });

  it("gives the other side's figure for the same trade when one was published, never ranked", () => {
    const china = missingPartners(rows, view('2024')).find((m) => m.partner === 'CN');
    expect(china?.otherBasis).toMatchObject({ basis: 'mirror', value: 43.82 });
    expect(missingPartners(rows, view('2024')).find((m) => m.partner === 'DE')?.otherBasis).toBeUndefined();
  });

  it('never lists the EU bloc or the total, nor a partner that is in the view', () => {
    expect(codes('2024')).not.toContain('EU');
    expect(codes('2024')).not.toContain('WLD');
    expect(codes('2024')).not.toContain('RU');
  });

  it('ignores part-year figures and other bases when deciding who is expected', () => {
    // The 2024 exports view expects the partners with 2024 turnover on Kazakhstan's side. Not France, which has
    // only a part-year figure; not China, whose 2024 figure is China's own; not Germany, whose last figure is for
    // 2023 turnover, neither last year's exports nor this year's other flows.
    expect(codes('2024', { flow: 'exports' })).toEqual(['RU', 'KR', 'UZ']);
    expect(codes('2024', { flow: 'exports' })).not.toContain('FR');
  });

  it('expects nothing in the first year of the data, with no other flow', () => {
    expect(codes('2023')).toEqual([]);
  });
});

describe('the summary of a view with partners missing', () => {
  it('leads "among them", not Kazakhstan, and says who is left out and what the other side counts', () => {
    expect(summarizeView(rows, view('2024'))).toBe(
      "Among the 4 partners for which Kazakhstan's figures were found: in 2024 Russia (about US$28 bn) was the " +
        'largest trading partner by turnover among them, ahead of Italy (about US$20 bn) and Uzbekistan (US$4 bn). ' +
        'No 2024 figure for total trade was found for China, Germany or Turkey, so the ranking leaves them out; ' +
        "China's own statistics give US$43.82 bn.",
    );
  });

  it('says nothing when no partner is missing', () => {
    expect(missingSentence(view('2023'), [])).toBe('');
  });
});

describe('whose figure', () => {
  it.each([
    ['CN', 'mirror', "China's own statistics"],
    ['NL', 'mirror', "the Netherlands' own statistics"],
    ['DE', 'reporter', "Kazakhstan's statistics"],
  ] as const)('%s, %s: %s', (partner, basis, text) => {
    expect(whoseFigure(partner, basis)).toBe(text);
  });

  it('makes possessives', () => {
    expect([possessive('Italy'), possessive('the United States')]).toEqual(["Italy's", "the United States'"]);
  });
});
