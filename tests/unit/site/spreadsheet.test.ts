import { describe, expect, it } from 'vitest';
import { attributionLine, licenceMetadata } from '~/lib/site/licence';
import { looksLikeFormula, spreadsheetSafe, spreadsheetSafeRecord } from '~/lib/site/spreadsheet';

describe('the formula guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+37%. Larger than Germany', "'+37%. Larger than Germany"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tleading tab', "'\tleading tab"],
    ['\rcarriage return', "'\rcarriage return"],
  ])('neutralises text that would start a formula: %j', (cell, safe) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(spreadsheetSafe(cell)).toBe(safe);
  });

  it.each(['Kazakh statistics, +34.1%.', 'Казахстан', 'Qazaqstan – 2022', ''])(
    'leaves ordinary text as it is: %j',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(cell);
    },
  );

  it('leaves numbers, negative ones included, and booleans as they are, so numeric columns stay numbers', () => {
    expect(spreadsheetSafeRecord({ value: -5, share: 0.194, approx: false, note: '-5 on the year' })).toEqual({
      value: -5,
      share: 0.194,
      approx: false,
      note: "'-5 on the year",
    });
  });
});

describe('the licence', () => {
  it('gives the exact credit line, and the same licence to machines', () => {
    expect(attributionLine('Timeline', 'Kazakhstan after the invasion', 'https://example.org/timeline/')).toBe(
      '“Timeline”, Kazakhstan after the invasion, https://example.org/timeline/, CC BY 4.0',
    );
    expect(licenceMetadata('Timeline', 'Site', 'https://example.org/timeline/')).toMatchObject({
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      attribution: '“Timeline”, Site, https://example.org/timeline/, CC BY 4.0',
    });
  });
});
