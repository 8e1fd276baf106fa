import { describe, expect, it } from 'vitest';
import { imageText } from '~/lib/share/image-node';
import {
  chartDownloadPath,
  chartDownloads,
  shiftChartImage,
  shiftChartRows,
  shiftFileName,
  trendChartImage,
  trendChartRows,
  trendFileName,
  trendTitle,
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
import { tradeShift } from '~/lib/trade/shift';
import { niceTicks, trendSeries } from '~/lib/trade/trend';
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

describe('a trend as an image', () => {
  const trend = trendSeries(rows, ['RU', 'CN', 'DE']);

  it('is titled as the page titles it, and names each line at its end', () => {
    expect(trendTitle(trend)).toBe("Kazakhstan's trade with Russia, China and Germany, 2021–2023");
    expect(trendTitle(trendSeries(rows, ['EU']))).toMatch(/with the EU, /);
    const text = imageText(trendChartImage(trend, trendTitle(trend), 'Caption', credit));
    expect(text.slice(0, 2)).toEqual([trendTitle(trend), 'Caption']);
    expect(text).toEqual(expect.arrayContaining(['2021', '2022', '2023', 'Russia', 'China', 'Germany']));
    expect(text.slice(-1)[0]).toMatch(/^Chart: Site/);
  });

  it('draws a line between two years with figures, a gap where one is missing, and a hollow derived marker', () => {
    const gappy = trendSeries([...rows, row('DE', '2022', 3, { derived: true })], ['RU', 'DE']);
    const tree = JSON.stringify(trendChartImage(gappy, 't', 'c', credit));
    // Russia 2021–2022 and 2022–2023; Germany 2021–2022 and 2022–2023: four segments.
    const lines = tree.match(/"type":"line"/g) ?? [];
    expect(lines).toHaveLength(niceTicks(gappy.max).length + 4);
    expect(tree).toContain('"fill":"#fbfaf7"');
    expect(trendChartRows(gappy)).toHaveLength(6);
  });
});

describe('a two-year comparison as an image', () => {
  it('pairs each partner’s two figures, marks derived ones, and ends with the credit', () => {
    const shift = tradeShift([...rows, row('TR', '2021', 4.1, { derived: true }), row('TR', '2023', 6)], {
      from: '2021',
      to: '2023',
      flow: 'turnover',
      basis: 'reporter',
    });
    const text = imageText(shiftChartImage(shift, 'China overtook Russia', credit));
    expect(text.slice(0, 2)).toEqual([
      'China overtook Russia',
      'Total trade (turnover), as reported by Kazakhstan, in US dollars, billions',
    ]);
    expect(text).toEqual(
      expect.arrayContaining(['China', '2021', 'US$18 bn', '2023', 'US$31.4 bn', 'US$4.1 bn (derived)']),
    );
    expect(shiftChartRows(shift)).toHaveLength(shift.partners.length * 2);
    expect(shiftFileName(shift)).toBe('shift-2021-2023-turnover-reporter');
    expect(trendFileName(['RU', 'CN'])).toBe('trend-ru-cn');
    expect(chartDownloads('trend-ru-cn')).toEqual({
      png: '/trade/charts/trend-ru-cn.png',
      svg: '/trade/charts/trend-ru-cn.svg',
      csv: '/trade/charts/trend-ru-cn.csv',
    });
  });
});
