import { describe, expect, it } from 'vitest';
import { imageText } from '~/lib/share/image-node';
import {
  chartDownloadPath,
  chartFileName,
  chartRows,
  rankedChartImage,
  rankingTitle,
  tradeCardChart,
  viewFromFileName,
} from '~/lib/trade/chart-image';
import { missingPartners } from '~/lib/trade/missing';
import type { TradeRow, TradeView } from '~/lib/trade/model';
import { rankView } from '~/lib/trade/rank';
import { tradeRow as row } from '../../support/fixtures';

const rows: TradeRow[] = [
  row('RU', '2021', 24.5),
  row('CN', '2021', 18.0),
  row('IT', '2021', 10.0),
  row('DE', '2021', 2.5),
  row('RU', '2022', 26.1),
  row('CN', '2022', 24.1),
  row('IT', '2022', 14.9, { approx: true, derived: true }),
  row('EU', '2022', 39.9),
  row('WLD', '2022', 134.4),
  row('CN', '2023', 31.4),
  row('RU', '2023', 26.0),
  row('IT', '2023', 16.1),
  row('DE', '2023', 4.0),
  row('FR', '2023', 4.1, { unit: 'EUR bn' }),
];
const view = (period: string): TradeView => ({ period, flow: 'turnover', basis: 'reporter' });
const credit = {
  publishers: ['Kazinform', 'Astana Times'],
  siteName: 'Site',
  url: 'https://example.org/trade/',
  licence: 'CC BY 4.0',
};

describe('chart downloads', () => {
  it('are named after their view, and a name leads back to it', () => {
    expect(chartFileName(view('2022'))).toBe('kz-2022-turnover-reporter');
    expect(chartDownloadPath(view('2022'), 'png')).toBe('/trade/charts/kz-2022-turnover-reporter.png');
    expect(viewFromFileName('kz-2023-turnover-reporter', [view('2022'), view('2023')])).toEqual(view('2023'));
    expect(viewFromFileName('kz-1999-turnover-reporter', [view('2022')])).toBeUndefined();
  });

  it('hold the ranked partners, the EU and the total: every figure the chart shows', () => {
    expect(chartRows(rankView(rows, view('2022'))).map((r) => r.partner)).toEqual(['RU', 'CN', 'IT', 'EU', 'WLD']);
  });
});

describe('a ranking as an image', () => {
  it('says what the page says: title, caption, each partner with its value, the bloc, the total', () => {
    const text = imageText(rankedChartImage(rankView(rows, view('2022')), missingPartners(rows, view('2022')), credit));
    expect(text.slice(0, 2)).toEqual([rankingTitle, 'Total trade (turnover), 2022, as reported by Kazakhstan']);
    expect(text).toEqual(
      expect.arrayContaining([
        'Russia',
        'US$26.1 bn',
        'Italy (derived)',
        'about US$14.9 bn',
        'No 2022 figure found: Germany.',
        'The EU as a bloc: US$39.9 bn (not ranked: it includes several of the countries above).',
        'All partners: US$134.4 bn.',
      ]),
    );
  });

  it('ends with the source and the credit line', () => {
    const text = imageText(rankedChartImage(rankView(rows, view('2022')), [], credit));
    expect(text.slice(-2)).toEqual([
      'Source: Kazinform; Astana Times.',
      'Chart: Site, https://example.org/trade/, CC BY 4.0.',
    ]);
  });

  it('lists figures in a currency with too few partners to rank, and heads each ranked currency', () => {
    const mixed = [...rows, row('DE', '2023', 3.9, { unit: 'EUR bn', basis: 'reporter', partner: 'NL' })];
    const text = imageText(rankedChartImage(rankView(mixed, view('2023')), [], credit));
    expect(text).toContain('Ranked, in US dollars, billions');
    expect(text.find((t) => t.startsWith('Also found, in euros, billions:'))).toMatch(
      /France €4\.1 bn; Netherlands €3\.9 bn/,
    );
  });
});

describe("the trade page's card", () => {
  it("draws the largest partners of the latest year that can be ranked on Kazakhstan's total trade", () => {
    const chart = tradeCardChart(rows, 2);
    expect(chart).toEqual({
      caption: 'Total trade (turnover), 2023, as reported by Kazakhstan',
      bars: [
        { label: 'China', value: 'US$31.4 bn', scale: 1 },
        { label: 'Russia', value: 'US$26 bn', scale: 26.0 / 31.4 },
      ],
    });
  });

  it('has no chart when nothing can be ranked', () => {
    expect(tradeCardChart([row('RU', '2022', 26.1)])).toBeUndefined();
    expect(tradeCardChart([])).toBeUndefined();
  });
});
