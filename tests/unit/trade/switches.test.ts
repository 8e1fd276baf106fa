import { describe, expect, it } from 'vitest';
import { viewId, type TradeView } from '~/lib/trade/model';
import { availableViews } from '~/lib/trade/rank';
import { describeView, switchGrid, type SwitchGrid } from '~/lib/trade/switches';
import { tradeRow as row } from '../../support/fixtures';

const v = (
  period: string,
  flow: TradeView['flow'] = 'turnover',
  basis: TradeView['basis'] = 'reporter',
): TradeView => ({
  period,
  flow,
  basis,
});
const offered = [
  v('2023'),
  v('2023', 'exports'),
  v('2022'),
  v('2022', 'exports'),
  v('2022', 'imports'),
  v('2022', 'turnover', 'mirror'),
  v('2021'),
];

/** The grid as text: each row's cells, a year linking to its view, `·` for an empty slot, `*` for the current one. */
const layout = (grid: SwitchGrid) =>
  grid.sections.map((section) => [
    section.label,
    ...section.rows.map(
      (r) => `${r.label}: ${r.cells.map((c) => (c.target ? `${c.year}${c.current ? '*' : ''}` : '·')).join(' ')}`,
    ),
  ]);

describe('switchGrid', () => {
  it('puts years in reading order, oldest first, one row per flow and a section per basis', () => {
    const grid = switchGrid(v('2022', 'exports'), offered);
    expect(grid.years).toEqual(['2021', '2022', '2023']);
    expect(layout(grid)).toEqual([
      ["Kazakhstan's figures", 'Total trade: 2021 2022 2023', 'Exports: · 2022* 2023', 'Imports: · 2022 ·'],
      ["Partners' figures", 'Total trade: · 2022 ·'],
    ]);
  });

  it('links each cell to exactly the view it names, never to a stand-in', () => {
    const grid = switchGrid(v('2021'), offered);
    for (const section of grid.sections) {
      for (const r of section.rows) {
        for (const cell of r.cells.filter((c) => c.target)) {
          expect(cell.target).toBe(viewId({ period: cell.year, flow: r.flow, basis: section.basis }));
        }
      }
    }
  });

  it('is the same grid for every view, with only the current cell moving', () => {
    const shapes = offered.map((view) => {
      const grid = switchGrid(view, offered);
      const current = grid.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.filter((c) => c.current)));
      expect(current).toHaveLength(1);
      expect(current[0]!.target).toBe(viewId(view));
      return JSON.stringify(layout(grid)).replace(/\*/g, '');
    });
    expect(new Set(shapes).size).toBe(1);
  });

  it('leaves out rows and sections with nothing on offer', () => {
    expect(layout(switchGrid(v('2022'), [v('2022'), v('2021')]))).toEqual([
      ["Kazakhstan's figures", 'Total trade: 2021 2022*'],
    ]);
  });

  it('offers only the views that can be ranked', () => {
    const rows = [
      row('RU', '2022', 26.1),
      row('CN', '2022', 24.1),
      row('IT', '2022', 14.9),
      row('CN', '2022', 13.2, { flow: 'exports' }),
      row('IT', '2022', 11.6, { flow: 'exports' }),
      row('IT', '2021', 9.5),
    ];
    expect(layout(switchGrid(v('2022'), availableViews(rows)))).toEqual([
      ["Kazakhstan's figures", 'Total trade: 2022*'],
    ]);
  });
});

describe('describeView', () => {
  it('names a view in words', () => {
    expect(describeView(v('2022', 'exports', 'mirror'))).toBe("2022, exports, partners' figures");
  });
});
