/** The trade components that sit in prose or beside it: one figure, the leaders, both sides' figures, part years. */
import { describe, expect, it } from 'vitest';
import BasisComparison from '~/components/trade/BasisComparison.astro';
import PartYearTable from '~/components/trade/PartYearTable.astro';
import TradeFigure from '~/components/trade/TradeFigure.astro';
import TradeLeaders from '~/components/trade/TradeLeaders.astro';
import { renderWithContext } from '../support/page-context';
import { row, text, tradeContext, tradeRows } from './trade-fixture';

/** A bar's length from its tens and units classes: `bar-t3 bar-u7` is 37. */
const widthOf = (bar: Element) =>
  10 * Number(/bar-t(\d+)/.exec(bar.className)?.[1] ?? 0) + Number(/bar-u(\d)/.exec(bar.className)?.[1] ?? 0);
const links = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);

describe('TradeFigure', () => {
  it('quotes one figure as the charts show it, linked to its source', async () => {
    const mirror = await renderWithContext(TradeFigure, tradeContext(), {
      props: { partner: 'CN', period: '2022', basis: 'mirror' },
    });
    expect(links(mirror)).toEqual([['US$31.2 bn', 'https://example.org/china-customs']]);
    const derived = await renderWithContext(TradeFigure, tradeContext(), { props: { partner: 'IT', period: '2022' } });
    expect(links(derived)).toEqual([['about US$14.9 bn (derived)', 'https://example.org/our-calc']]);
    const partYear = await renderWithContext(TradeFigure, tradeContext(), {
      props: { partner: 'CN', period: '2022-H1' },
    });
    expect(links(partYear)).toEqual([['US$12 bn', 'https://example.org/kz-stat']]);
  });

  it('throws when the data has no such figure, naming the props', async () => {
    await expect(
      renderWithContext(TradeFigure, tradeContext(), { props: { partner: 'DE', period: '2023' } }),
    ).rejects.toThrow(
      '<TradeFigure partner="DE" period="2023">: no turnover figure on the reporter basis in content/trade/ for that partner and period',
    );
  });
});

describe('TradeLeaders', () => {
  it('names the leading partners of the year in a phrase, each figure linked to its source', async () => {
    const doc = await renderWithContext(TradeLeaders, tradeContext(), { props: { year: 2023 } });
    expect(text(doc.body)).toBe('China (US$31.4 bn), Russia (US$26 bn) and Italy (US$16.1 bn)');
    expect(links(doc)).toEqual([
      ['US$31.4 bn', 'https://example.org/kz-stat'],
      ['US$26 bn', 'https://example.org/kz-stat'],
      ['US$16.1 bn', 'https://example.org/kz-stat'],
    ]);
    const two = await renderWithContext(TradeLeaders, tradeContext(), { props: { year: 2022, count: 2 } });
    expect(text(two.body)).toBe('Russia (US$26.1 bn) and China (US$24.1 bn)');
  });

  // BUG: EDITING.md says a calculated number "is called derived in the text", and <TradeFigure>, the panel and
  // its summary all say so; <TradeLeaders> prints Italy's derived 14.9 as a published figure. Remove `.fails` once fixed.
  it('marks a derived figure as derived, as <TradeFigure> does', async () => {
    const doc = await renderWithContext(TradeLeaders, tradeContext(), { props: { year: 2022 } });
    expect(text(doc.body)).toBe('Russia (US$26.1 bn), China (US$24.1 bn) and Italy (about US$14.9 bn (derived))');
  });
});

describe('BasisComparison', () => {
  const pairs = [
    { partner: 'CN', period: '2022' },
    { partner: 'RU', period: '2022' },
    { partner: 'DE', period: '2022' },
  ];

  it('sets each side’s figure beside the other with its source, and the gap only within one currency', async () => {
    const doc = await renderWithContext(BasisComparison, tradeContext(), {
      props: { caption: 'Both sides of the trade', pairs },
    });
    const table = doc.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe(
      "Both sides of the trade, 2022: each side's figure and its source",
    );
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual([
      'Partner',
      "Kazakhstan's figure",
      "Partner's own figure",
      'Gap (derived)',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      [
        'China',
        'US$24.1 bn (Publisher kz-stat)',
        'US$31.2 bn (Publisher china-customs)',
        "US$7.1 bn more by the partner's count (×1.3)",
      ],
      [
        'Russia',
        'US$26.1 bn (Publisher kz-stat)',
        'US$22 bn (Publisher rosstat)',
        "US$4.1 bn less by the partner's count (×0.8)",
      ],
      [
        'Germany',
        'US$2.8 bn (Publisher kz-stat)',
        'about €8.2 bn (Publisher destatis)',
        'Not calculated: the two are in different currencies, which we never convert.',
      ],
    ]);
    expect(links(table.querySelector('tr[data-partner="CN"]')!)).toEqual([
      ['(Publisher kz-stat)', 'https://example.org/kz-stat'],
      ['(Publisher china-customs)', 'https://example.org/china-customs'],
    ]);
  });

  it('names the year in each row when the pairs span years, and throws when a side is missing', async () => {
    const withMirror2023 = tradeContext([
      ...tradeRows,
      row('CN', '2023', 35.0, { basis: 'mirror', source: 'china-customs' }),
    ]);
    const pairsOverYears = [
      { partner: 'CN', period: '2022' },
      { partner: 'CN', period: '2023' },
    ];
    const doc = await renderWithContext(BasisComparison, withMirror2023, {
      props: { caption: 'Both sides', pairs: pairsOverYears },
    });
    expect(text(doc.querySelector('figcaption > span'))).toBe('Both sides');
    expect(text(doc.querySelector('caption'))).toBe("Both sides: each side's figure and its source");
    expect(text(doc.querySelector('thead th'))).toBe('Partner, year');
    expect([...doc.querySelectorAll('tbody tr')].map((tr) => [text(tr.children[0]), text(tr.children[3])])).toEqual([
      ['China, 2022', "US$7.1 bn more by the partner's count (×1.3)"],
      ['China, 2023', "US$3.6 bn more by the partner's count (×1.1)"],
    ]);
    await expect(
      renderWithContext(BasisComparison, tradeContext(), {
        props: { caption: 'Both sides', pairs: [{ partner: 'CN', period: '2023' }] },
      }),
    ).rejects.toThrow(
      '<BasisComparison>: China (CN) 2023 turnover needs both a reporter and a mirror row in content/trade/; it has no mirror row',
    );
  });

  it('draws each pair as two bars on one scale, solid for Kazakhstan and outlined for the partner', async () => {
    const doc = await renderWithContext(BasisComparison, tradeContext(), {
      props: { caption: 'Both sides of the trade', pairs },
    });
    const figure = doc.querySelector('figure[data-basis-pairs]')!;
    expect(doc.getElementById(figure.getAttribute('aria-labelledby')!)?.tagName).toBe('FIGCAPTION');
    const drawn = [...figure.querySelectorAll('[data-pairs] > li')].map((pair) => [
      pair.getAttribute('data-partner'),
      [...pair.querySelectorAll('.bar-row')].map((side) => [
        text(side.querySelector('.bar-name')),
        side.querySelector('.bar') ? `${widthOf(side.querySelector('.bar')!)}%` : 'not drawn',
        side.querySelector('.bar')?.getAttribute('data-side') ?? '',
        text(side.querySelector('[data-bar-value]')),
      ]),
    ]);
    // China's 31.2 is the longest bar; every dollar figure shares its scale.
    expect(drawn).toEqual([
      [
        'CN',
        [
          ['Kazakhstan', '77%', 'reporter', 'US$24.1 bn'],
          ['China', '100%', 'mirror', 'US$31.2 bn'],
        ],
      ],
      [
        'RU',
        [
          ['Kazakhstan', '84%', 'reporter', 'US$26.1 bn'],
          ['Russia', '71%', 'mirror', 'US$22 bn'],
        ],
      ],
      [
        'DE',
        [
          ['Kazakhstan', '9%', 'reporter', 'US$2.8 bn'],
          ['Germany', 'not drawn', '', 'about €8.2 bn'],
        ],
      ],
    ]);
    // The gap, or why there is none, sits under its own pair.
    expect([...figure.querySelectorAll('[data-gap]')].map(text)).toEqual([
      "China's figure is US$7.1 bn higher: 1.3 times Kazakhstan's (derived).",
      "Russia's figure is US$4.1 bn lower: 0.8 times Kazakhstan's (derived).",
      "Germany's figure is in euros, so it is written out rather than drawn on the scale in US dollars, and no gap is calculated: we never convert currencies.",
    ]);
    expect(text(figure.querySelector('li[data-partner="DE"] .bar-note'))).toBe('in euros, not drawn');
  });

  // BUG (same as <TradeLeaders>): Italy's reporter figure is derived, but the table shows it as published.
  it('marks a derived figure as derived', async () => {
    const doc = await renderWithContext(BasisComparison, tradeContext(), {
      props: { caption: 'Both sides', pairs: [{ partner: 'IT', period: '2022' }] },
    });
    expect(text(doc.querySelector('tbody tr td'))).toContain('(derived)');
  });
});

describe('PartYearTable', () => {
  it('lists only part-year figures, with the period in words, who counted them and a link to the source', async () => {
    const doc = await renderWithContext(PartYearTable, tradeContext());
    const table = doc.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Part-year figures (2)');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['first half of 2022', 'China', 'Total trade (turnover)', 'US$12 bn', 'Kazakh side: Publisher kz-stat'],
      ['January–August 2022', 'Italy', 'Total trade (turnover)', '€3.4 bn', "Partner's side: Publisher istat"],
    ]);
    expect(links(table)).toEqual([
      ['Publisher kz-stat', 'https://example.org/kz-stat'],
      ['Publisher istat', 'https://example.org/istat'],
    ]);
  });
});
