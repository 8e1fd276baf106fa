import { describe, expect, it } from 'vitest';
import { viewId, type TradeView } from '~/lib/trade/model';
import { describeView, switchesFor } from '~/lib/trade/switches';

const v = (
  period: string,
  flow: TradeView['flow'] = 'turnover',
  basis: TradeView['basis'] = 'reporter',
): TradeView => ({
  period,
  flow,
  basis,
});
const available = [
  v('2023'),
  v('2023', 'exports'),
  v('2022'),
  v('2022', 'exports'),
  v('2022', 'imports'),
  v('2022', 'turnover', 'mirror'),
  v('2021'),
];

const summary = (current: TradeView) =>
  Object.fromEntries(
    switchesFor(current, available).map((g) => [
      g.name,
      g.options.map((o) => `${o.label}→${o.target}${o.current ? ' *' : ''}`),
    ]),
  );

describe('switchesFor', () => {
  it('links every option to a view that exists, marking the current one', () => {
    expect(summary(v('2022', 'exports'))).toEqual({
      year: ['2023→kz-2023-exports-reporter', '2022→kz-2022-exports-reporter *', '2021→kz-2021-turnover-reporter'],
      flow: [
        'Total trade→kz-2022-turnover-reporter',
        'Exports→kz-2022-exports-reporter *',
        'Imports→kz-2022-imports-reporter',
      ],
      basis: ["Kazakhstan's figures→kz-2022-exports-reporter *", "Partners' figures→kz-2022-turnover-mirror"],
    });
  });

  it('falls back to the closest view when the exact one has no data', () => {
    const groups = switchesFor(v('2022', 'turnover', 'mirror'), available);
    const flow = groups.find((g) => g.name === 'flow')!;
    expect(flow.options.map((o) => o.target)).toEqual([
      'kz-2022-turnover-mirror',
      'kz-2022-exports-reporter',
      'kz-2022-imports-reporter',
    ]);
    expect(groups.find((g) => g.name === 'year')!.options.map((o) => o.target)).toEqual([
      'kz-2023-turnover-reporter',
      'kz-2022-turnover-mirror',
      'kz-2021-turnover-reporter',
    ]);
  });

  it('leaves out a group with nothing to switch to', () => {
    const only = [v('2022'), v('2021')];
    expect(switchesFor(v('2022'), only).map((g) => g.name)).toEqual(['year']);
  });

  it('points every target at an available view', () => {
    const ids = new Set(available.map(viewId));
    for (const view of available) {
      for (const group of switchesFor(view, available)) {
        for (const option of group.options) expect(ids.has(option.target)).toBe(true);
        expect(group.options.filter((o) => o.current)).toHaveLength(1);
      }
    }
  });
});

describe('describeView', () => {
  it('names a view in words', () => {
    expect(describeView(v('2022', 'exports', 'mirror'))).toBe("2022, exports, partners' figures");
  });
});
