/** The trade-partner panel as a reader (and a screen reader) meets it, drawn from a handful of hand-made rows. */
import { describe, expect, it } from 'vitest';
import TradePanel from '~/components/trade/TradePanel.astro';
import { renderWithContext } from '../support/page-context';
import { text, tradeContext } from './trade-fixture';

const render = (props: Record<string, unknown>) => renderWithContext(TradePanel, tradeContext(), { props });

/** Each bar of a ranking: partner, value as shown, and whether marked derived. */
const bars = (list: Element) =>
  [...list.querySelectorAll('li')].map((li) => [
    li.querySelector('[data-name]')?.getAttribute('data-name'),
    text(li.querySelector('[data-bar-value]')),
    li.querySelector('.bar-note') ? text(li.querySelector('.bar-note')) : '',
  ]);

describe('TradePanel in a briefing', () => {
  it('ranks the partners of the year, largest first, with values as readers see them', async () => {
    const doc = await render({ year: 2022 });
    const lists = doc.querySelectorAll('ol[data-bars]');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.getAttribute('aria-label')).toBe('Total trade (turnover), 2022, ranked');
    expect(bars(lists[0]!)).toEqual([
      ['Russia', 'US$26.1 bn', ''],
      ['China', 'US$24.1 bn', ''],
      ['Italy', 'about US$14.9 bn', '(derived)'],
      ['Germany', 'US$2.8 bn', ''],
    ]);
    // Part-year figures (China's 12.0 for 2022-H1) never enter the ranking.
    expect(doc.body.textContent).not.toContain('US$12 bn');
  });

  it('captions the figure with what, when and whose figures', async () => {
    const doc = await render({ year: 2022 });
    const figure = doc.querySelector('figure')!;
    const caption = doc.getElementById(figure.getAttribute('aria-labelledby')!);
    expect(caption?.tagName).toBe('FIGCAPTION');
    // Two lines (block spans): the title, then what the figures are.
    expect([...caption!.children].map(text)).toEqual([
      'Who Kazakhstan trades with',
      'Total trade (turnover), 2022, as reported by Kazakhstan',
    ]);
    expect(doc.querySelector('a[href="/trade/#trade-kz-2022-turnover-reporter"]')?.textContent).toBe(
      'Other years and flows',
    );
  });

  it('sums the view up in a sentence, or uses the editor’s own', async () => {
    expect(text((await render({ year: 2022 })).querySelector('[data-trade-summary]'))).toBe(
      "Among the 4 partners for which Kazakhstan's figures were found: in 2022 Russia (US$26.1 bn) was Kazakhstan's " +
        'largest trading partner by turnover, ahead of China (US$24.1 bn) and Italy (about US$14.9 bn, derived).',
    );
    const own = await render({ year: 2022, summary: 'Russia still led in 2022.' });
    expect(text(own.querySelector('[data-trade-summary]'))).toBe('Russia still led in 2022.');
  });

  it('says in text, not only in colour, which partner is highlighted', async () => {
    const doc = await render({ year: 2022, highlight: ['DE'] });
    const names = [...doc.querySelectorAll('ol[data-bars] li')].map((li) => text(li.querySelector('span')));
    expect(names).toEqual(['Russia', 'China', 'Italy (derived)', 'Germany (highlighted)']);
    const note = doc.querySelector('li[data-partner="DE"] .sr-only');
    expect(note?.textContent).toBe(' (highlighted)');
  });

  it('shows the EU bloc and the total beside the ranking, not in it', async () => {
    const doc = await render({ year: 2022 });
    const ranked = [...doc.querySelectorAll('ol[data-bars] li, table[data-table] tbody tr')].map((el) =>
      el.getAttribute('data-partner'),
    );
    expect(ranked).not.toContain('EU');
    expect(ranked).not.toContain('WLD');
    expect([...doc.querySelectorAll('ol[data-bars] li')].map((li) => text(li))).not.toContain('European Union');
    const beside = [...doc.querySelectorAll('ul > li')].map(text);
    expect(beside).toEqual([
      'The EU as a bloc: US$39.9 bn. Not ranked with the countries above, since it includes several of them.',
      'All partners: US$134.4 bn (Customs statistics). Shares in the table below are our calculation from it (derived).',
    ]);
  });

  it('holds the same numbers in a captioned table, with shares of the total and a link to each source', async () => {
    const doc = await render({ year: 2022 });
    const table = doc.querySelector('table[data-table]')!;
    expect(text(table.querySelector('caption'))).toBe('Total trade (turnover), 2022, as reported by Kazakhstan');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual([
      'Rank',
      'Partner',
      'Value',
      'Share of total (derived)',
      'Source and notes',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      const link = tr.querySelector('a');
      return [...[...tr.children].slice(0, 4).map(text), link?.getAttribute('href'), text(link)];
    });
    expect(rows).toEqual([
      ['1', 'Russia', 'US$26.1 bn', '19.4%', 'https://example.org/kz-stat', 'Publisher kz-stat'],
      ['2', 'China', 'US$24.1 bn', '17.9%', 'https://example.org/kz-stat', 'Publisher kz-stat'],
      ['3', 'Italy', 'about US$14.9 bn (derived)', '11.1%', 'https://example.org/our-calc', 'Publisher our-calc'],
      ['4', 'Germany', 'US$2.8 bn', '2.1%', 'https://example.org/kz-stat', 'Publisher kz-stat'],
    ]);
    expect(text(table.querySelector('tr[data-partner="IT"] td:last-child'))).toBe(
      'Publisher our-calc. Sum of exports and imports.',
    );
    // The scrolling region around the table is named by its caption for screen readers.
    const region = table.parentElement!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(doc.getElementById(region.getAttribute('aria-labelledby') ?? '')).toBe(table.querySelector('caption'));
  });

  it('never ranks figures in two currencies together, nor fewer than three in one', async () => {
    const doc = await render({ year: 2022, basis: 'mirror' });
    const lists = [...doc.querySelectorAll('ol[data-bars]')];
    // Three partners count in euros: ranked. Two count in dollars: listed, not ranked or drawn.
    expect(lists.map((ol) => ol.getAttribute('aria-label'))).toEqual([
      'Total trade (turnover), 2022, ranked, in euros, billions',
    ]);
    expect(text(lists[0]!.previousElementSibling)).toBe('Ranked, in euros, billions');
    expect(bars(lists[0]!)).toEqual([
      ['Germany', 'about €8.2 bn', ''],
      ['France', '€5.3 bn', ''],
      ['Italy', '€4.5 bn', ''],
    ]);
    expect(text(doc.querySelector('[data-unranked]'))).toBe(
      'Also found, in US dollars, billions: China US$31.2 bn; Russia US$22 bn. Too few figures in this currency to rank.',
    );
    expect(text(doc.querySelector('[data-trade-summary]'))).toBe(
      "By the partners' own statistics (5 found): in 2022 the largest figures were China (US$31.2 bn) of those in " +
        'US dollars and Germany (about €8.2 bn) of those in euros. Figures in different currencies are not ranked against each other.',
    );
    // The table holds every figure, the unranked ones too; without a published total there are no shares.
    const table = doc.querySelector('table[data-table]')!;
    expect(
      [...table.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-partner'), text(tr.children[0])]),
    ).toEqual([
      ['DE', '1'],
      ['FR', '2'],
      ['IT', '3'],
      ['CN', 'not ranked'],
      ['RU', 'not ranked'],
    ]);
    expect([...table.querySelectorAll('thead th')].map(text)).not.toContain('Share of total (derived)');
  });

  it('lists partners with no figure in the chart and the table as "no figure found", never dropping them', async () => {
    // Germany has a 2022 figure and none for 2023.
    const doc = await render({ year: 2023 });
    expect(bars(doc.querySelector('ol[data-bars]')!).map(([name]) => name)).toEqual(['China', 'Russia', 'Italy']);
    const missing = doc.querySelector('ul[data-missing]')!;
    expect(missing.getAttribute('aria-label')).toBe('No 2023 figure found');
    expect([...missing.querySelectorAll('li')].map(text)).toEqual(['Germany no figure found']);
    expect([...doc.querySelector('table[data-table] tr[data-missing]')!.children].map(text)).toEqual([
      'not ranked',
      'Germany',
      'no figure found',
      '–',
    ]);
    expect(text(doc.querySelector('[data-trade-summary]'))).toContain(
      'No 2023 figure for total trade was found for Germany, so the ranking leaves it out.',
    );
  });

  it('sizes each bar by whole-percent classes, with the value inside a long bar and after a short one', async () => {
    const doc = await render({ year: 2022 });
    const geometry = [...doc.querySelectorAll('ol[data-bars] > li')].map((li) => {
      const bar = li.querySelector('.bar')!;
      const tens = Number(/bar-t(\d+)/.exec(bar.className)?.[1] ?? 0);
      const units = Number(/bar-u(\d)/.exec(bar.className)?.[1] ?? 0);
      return [String(10 * tens + units), bar.contains(li.querySelector('[data-bar-value]'))];
    });
    expect(geometry).toEqual([
      ['100', true],
      ['92', true],
      ['57', true],
      ['11', false],
    ]);
    expect(doc.querySelector('[style]')).toBeNull();
  });
});

describe('TradePanel with switches (the trade page)', () => {
  // Oldest first, then by flow and basis; views with fewer than three partners in one currency are not offered.
  const views = [
    'trade-kz-2022-turnover-reporter',
    'trade-kz-2022-turnover-mirror',
    'trade-kz-2022-exports-reporter',
    'trade-kz-2023-turnover-reporter',
  ];

  /** A view's switch grid as text: each row's label and cells, `·` for an empty slot, `*` for the current link. */
  const grid = (section: Element) =>
    [...section.querySelectorAll('nav [role="group"] [role="group"]')].map(
      (row) =>
        `${row.getAttribute('aria-label')}: ${[...row.children]
          .slice(1)
          .map((cell) => (cell.tagName === 'A' ? `${text(cell)}${cell.hasAttribute('aria-current') ? '*' : ''}` : '·'))
          .join(' ')}`,
    );

  it('renders every view offered, one of them the default, each linking to the others', async () => {
    const doc = await render({ year: 2022, switches: true });
    const sections = [...doc.querySelectorAll('section.trade-view')];
    expect(sections.map((s) => s.id)).toEqual(views);
    expect(doc.querySelectorAll('[data-default]')).toHaveLength(1);
    expect(doc.querySelector('[data-default]')?.id).toBe('trade-kz-2022-turnover-reporter');
    expect(text(doc.querySelector('figcaption'))).toBe("Kazakhstan's trading partners");

    // Every switch leads to a view on the page, and every view can be reached from the default one.
    for (const link of doc.querySelectorAll('a.trade-switch')) {
      expect(views).toContain(link.getAttribute('href')!.slice(1));
    }
    const fromDefault = [...doc.querySelectorAll('[data-default] a.trade-switch')].map((a) => a.getAttribute('href'));
    expect(fromDefault).toEqual([
      '#trade-kz-2022-turnover-reporter',
      '#trade-kz-2023-turnover-reporter',
      '#trade-kz-2022-exports-reporter',
      '#trade-kz-2022-turnover-mirror',
    ]);
    expect(grid(doc.querySelector('[data-default]')!)).toEqual([
      'Total trade: 2022* 2023',
      'Exports: 2022 ·',
      'Total trade: 2022 ·',
    ]);
    const exportsView = doc.getElementById('trade-kz-2022-exports-reporter')!;
    expect(bars(exportsView.querySelector('ol[data-bars]')!)).toEqual([
      ['China', 'US$13.2 bn', ''],
      ['Italy', 'US$11.6 bn', ''],
      ['Germany', 'US$1 bn', ''],
    ]);
    // Russia has 2022 turnover but no exports figure: it is listed, not dropped.
    expect(text(exportsView.querySelector('ul[data-missing]'))).toBe('Russia no figure found');
  });

  it('gives every view the same switches in the same places, marking only its own with aria-current', async () => {
    const doc = await render({ year: 2022, switches: true });
    const shapes = new Set<string>();
    for (const section of doc.querySelectorAll('section.trade-view')) {
      const marked = [...section.querySelectorAll('a[aria-current]')];
      expect(marked).toHaveLength(1);
      expect(marked[0]!.getAttribute('aria-current')).toBe('true');
      expect(marked[0]!.getAttribute('href')).toBe(`#${section.id}`);
      shapes.add(grid(section).join('|').replace(/\*/g, ''));
    }
    expect(shapes.size).toBe(1);
    const mirror = doc.getElementById('trade-kz-2022-turnover-mirror')!;
    expect(grid(mirror)).toEqual(['Total trade: 2022 2023', 'Exports: 2022 ·', 'Total trade: 2022* ·']);
    expect(mirror.getAttribute('aria-label')).toBe("Trade figures: 2022, total trade, partners' figures");
    // Groups are named for screen readers: the basis, then each flow's row; the visible row labels repeat them.
    expect([...doc.querySelectorAll('[data-default] [role="group"]')].map((g) => g.getAttribute('aria-label'))).toEqual(
      ["Kazakhstan's figures", 'Total trade', 'Exports', "Partners' figures", 'Total trade'],
    );
    expect(doc.querySelector('[data-default] nav')?.getAttribute('aria-label')).toBe(
      "Choose figures (now 2022, total trade, Kazakhstan's figures)",
    );
  });

  it('keeps ids unique across views', async () => {
    const doc = await render({ year: 2022, switches: true });
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('TradePanel props that do not match the data', () => {
  it.each([
    [
      { year: 2019 },
      '<TradePanel>: no turnover figures on the reporter basis for 2019 in content/trade/; years that can be ranked: 2022, 2023',
    ],
    [
      { year: 2023, flow: 'exports' },
      '<TradePanel>: no exports figures on the reporter basis for 2023 in content/trade/; years that can be ranked: 2022',
    ],
    [
      { year: 2022, flow: 'imports' },
      'no imports figures on the reporter basis for 2022 in content/trade/; years that can be ranked: none',
    ],
    [
      { year: 2022, basis: 'mirror', flow: 'exports' },
      'no exports figures on the mirror basis for 2022 in content/trade/; years that can be ranked: none',
    ],
    [{ year: '2022-H1' }, '<TradePanel year={2022-H1}>: year must be a whole calendar year'],
    [{ year: 2022, highlight: ['GE'] }, "<TradePanel highlight>: 'GE' is not a partner code in content/trade/"],
  ])('throws for %o, naming the problem', async (props, message) => {
    await expect(render(props)).rejects.toThrow(message);
  });
});
