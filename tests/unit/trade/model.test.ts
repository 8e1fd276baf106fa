import { describe, expect, it } from 'vitest';
import { checkPeriod, describePeriod, isBloc, isFullYear, viewId } from '~/lib/trade/model';
import { findFigure } from '~/lib/trade/rank';
import { tradeRow } from '../../support/fixtures';

describe('periods', () => {
  it.each([
    ['2022', undefined],
    ['2023-H2', undefined],
    ['2022-01/2022-09', undefined],
    ['2022-10/2023-03', undefined],
    ['2022-Q1', "'2022-Q1' is not a period: write 2023 (full year), 2023-H1 (half year) or 2023-01/2023-09 (months)"],
    ['2022-00/2022-05', "'2022-00/2022-05' has a month outside 01–12"],
    ['2022-01/2022-13', "'2022-01/2022-13' has a month outside 01–12"],
    ['2022-09/2022-01', "'2022-09/2022-01' ends before it starts"],
    ['2022-01/2022-12', "'2022-01/2022-12' is a full year: write 2022"],
  ])('%s: %s', (period, problem) => {
    expect(checkPeriod(period)).toBe(problem);
  });

  it.each([
    ['2022', '2022', true],
    ['2023-H1', 'first half of 2023', false],
    ['2023-H2', 'second half of 2023', false],
    ['2023-01/2023-09', 'January–September 2023', false],
    ['2022-10/2023-03', 'October 2022 – March 2023', false],
    ['sometime', 'sometime', false],
  ])('%s reads "%s"', (period, text, full) => {
    expect(describePeriod(period)).toBe(text);
    expect(isFullYear(period)).toBe(full);
  });
});

describe('codes and views', () => {
  it('tells blocs from countries, built-in names included', () => {
    expect(['EU', 'WLD', 'DE', 'toString', 'constructor'].map(isBloc)).toEqual([true, true, false, false, false]);
  });

  it('names a view for anchors', () => {
    expect(viewId({ period: '2023', flow: 'exports', basis: 'mirror' })).toBe('kz-2023-exports-mirror');
  });

  it('finds the one figure prose quotes, and nothing for a key without a row', () => {
    const rows = [tradeRow('CN', '2022', 24.1), tradeRow('CN', '2022', 31.2, { basis: 'mirror' })];
    expect(findFigure(rows, { partner: 'CN', period: '2022', flow: 'turnover', basis: 'mirror' })?.value).toBe(31.2);
    expect(findFigure(rows, { partner: 'CN', period: '2022', flow: 'exports', basis: 'reporter' })).toBeUndefined();
  });
});
