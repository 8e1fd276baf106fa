/** The trend chart as a reader and a screen reader meet it: lines with gaps, end labels, a sentence and a table. */
import { describe, expect, it } from 'vitest';
import TradeTrend from '~/components/trade/TradeTrend.astro';
import { renderWithContext } from '../support/page-context';
import { row, text, tradeContext, tradeRows } from './trade-fixture';

// The fixture's Kazakh-side dollar turnover: Russia 2022–2023, China 2022–2023, Italy 2022–2023, Germany 2022 only;
// Italy in 2020 makes 2021 a gap in Italy's line.
const rows = [...tradeRows, row('IT', '2020', 7.58), row('EU', '2023', 45)];
const render = (partners: string[]) => renderWithContext(TradeTrend, tradeContext(rows), { props: { partners } });

describe('TradeTrend', () => {
  it('is a figure named by its caption, with an SVG named by its title and described by the sentence', async () => {
    const doc = await render(['RU', 'IT', 'EU']);
    const figure = doc.querySelector('figure[data-trade-trend]')!;
    expect(doc.getElementById(figure.getAttribute('aria-labelledby')!)?.tagName).toBe('FIGCAPTION');
    const svg = figure.querySelector('svg[data-trend-chart]')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(doc.getElementById(svg.getAttribute('aria-labelledby')!))).toBe(
      "Kazakhstan's trade with Russia, Italy and the EU, 2020–2023: a line chart. The same figures are in the table below it.",
    );
    expect(text(doc.getElementById(svg.getAttribute('aria-describedby')!))).toBe(
      "By Kazakhstan's own figures, in US dollars: trade with Russia went from US$26.1 bn in 2022 to US$26 bn in " +
        '2023; with Italy, from US$7.58 bn in 2020 to US$16.1 bn in 2023; and with the European Union, from ' +
        'US$39.9 bn in 2022 to US$45 bn in 2023. Years with no figure are gaps in the lines: Russia 2020–2021; ' +
        'Italy 2021; the European Union 2020–2021.',
    );
  });

  it('draws a line only between consecutive years with figures, and a marker for every figure', async () => {
    const doc = await render(['RU', 'IT', 'EU']);
    const series = (code: string) => doc.querySelector(`g[data-partner="${code}"]`)!;
    const segments = (code: string) =>
      [...series(code).querySelectorAll('line[data-years]')].map((l) => l.getAttribute('data-years'));
    const markers = (code: string) => [...series(code).querySelectorAll('use')].map((u) => u.getAttribute('data-year'));
    expect(segments('IT')).toEqual(['2022-2023']);
    expect(markers('IT')).toEqual(['2020', '2022', '2023']);
    expect(segments('RU')).toEqual(['2022-2023']);
    // Italy's 2022 figure is derived: a hollow marker.
    expect(series('IT').querySelector('use[data-year="2022"]')?.getAttribute('class')).toContain('trend-hollow');
    // x is a percentage of the width, so the text never scales; y is in pixels.
    expect(series('IT').querySelector('use[data-year="2020"]')?.getAttribute('x')).toBe('0%');
    expect(series('IT').querySelector('use[data-year="2023"]')?.getAttribute('x')).toBe('100%');
  });

  it('labels each line at its end, with no legend, and lines differ by colour class and marker shape', async () => {
    const doc = await render(['RU', 'IT', 'EU']);
    expect([...doc.querySelectorAll('text.trend-label')].map(text)).toEqual(['Russia', 'Italy', 'EU']);
    expect([...doc.querySelectorAll('g[data-partner]')].map((g) => g.getAttribute('class'))).toEqual([
      'trend-s1',
      'trend-s2',
      'trend-s3',
    ]);
    const shapes = [...doc.querySelectorAll('g[data-partner]')].map((g) =>
      g.querySelector('use')?.getAttribute('href'),
    );
    expect(new Set(shapes).size).toBe(3);
    expect(doc.querySelector('[style]')).toBeNull();
  });

  it('holds the same numbers in a table, a row per year, with the gaps said in words', async () => {
    const doc = await render(['RU', 'IT']);
    const table = doc.querySelector('table[data-trend-table]')!;
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Year', 'Russia', 'Italy']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['2020', 'no figure', 'US$7.58 bn'],
      ['2021', 'no figure', 'no figure'],
      ['2022', 'US$26.1 bn', 'about US$14.9 bn (derived)'],
      ['2023', 'US$26 bn', 'US$16.1 bn'],
    ]);
    expect(table.querySelector('td[data-partner="IT"][data-year="2022"] a')?.getAttribute('href')).toBe(
      'https://example.org/our-calc',
    );
  });

  it('refuses a partner it cannot draw, naming it', async () => {
    await expect(render(['RU', 'XX'])).rejects.toThrow("<TradeTrend partners>: 'XX' is not a partner code");
  });
});
