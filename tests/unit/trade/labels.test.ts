import { describe, expect, it } from 'vitest';
import { countedBy, describeBasis, describeFlow, formatFigure, leaderRole, viewCaption } from '~/lib/trade/labels';
import type { TradeRow } from '~/lib/trade/model';

describe('trade labels', () => {
  it('names flows and bases from Kazakhstan’s side', () => {
    expect(['turnover', 'exports', 'imports'].map((f) => describeFlow(f as 'turnover'))).toEqual([
      'Total trade (turnover)',
      "Kazakhstan's exports",
      "Kazakhstan's imports",
    ]);
    expect(describeBasis('reporter')).toBe('as reported by Kazakhstan');
    expect(describeBasis('mirror')).toBe("as reported by each partner's own statistics (mirror figures)");
    expect([countedBy('reporter'), countedBy('mirror')]).toEqual(['Kazakh side', "Partner's side"]);
    expect(leaderRole('imports')).toBe('largest source of imports');
  });

  it('writes a chart caption with commas and spaces between its parts', () => {
    expect(viewCaption({ period: '2022', flow: 'exports', basis: 'mirror' })).toBe(
      "Kazakhstan's exports, 2022, as reported by each partner's own statistics (mirror figures)",
    );
  });

  it('marks a derived figure in prose, and an approximate one with "about"', () => {
    const row = { value: 14.9, unit: 'USD bn', approx: true, derived: true } as TradeRow;
    expect(formatFigure(row)).toBe('about US$14.9 bn (derived)');
    expect(formatFigure({ ...row, approx: false, derived: false, unit: 'EUR bn', value: 3.4 })).toBe('€3.4 bn');
  });
});
