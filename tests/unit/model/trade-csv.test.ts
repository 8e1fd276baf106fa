import { describe, expect, it } from 'vitest';
import { findDuplicateRows } from '~/lib/trade/csv';
import { describePeriod, isFullYear } from '~/lib/trade/model';
import { parseTradeCsv } from '~/model/loaders/trade-csv';

const HEADER = 'reporter,partner,period,flow,value,unit,basis,approx,derived,source,note';
const GOOD =
  'KZ,CN,2022,turnover,24.1,USD bn,reporter,false,false,trend-2023-china-trade-2022,"Kazakh statistics, +34.1%."';
const FILE = 'content/trade/test.csv';

const parseRows = (...lines: string[]) => parseTradeCsv([HEADER, ...lines].join('\n'), FILE);

describe('a good file', () => {
  it('reads typed rows with their line numbers', () => {
    const { rows, problems } = parseRows(
      GOOD,
      'KZ,EU,2022,exports,32.3,USD bn,reporter,FALSE,false,astanatimes-eu-trade-2022,',
      'KZ,DE,2022-H1,exports,3.17,EUR bn,mirror,false,false,daz-2022-germany-oil-purchases,German imports from Kazakhstan',
      'KZ,IT,2022,turnover,14.9,USD bn,reporter,true,true,pledgetimes-2023-italy-ambassador,"Derived: 11.1% × 134.4"',
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      reporter: 'KZ',
      partner: 'CN',
      period: '2022',
      flow: 'turnover',
      value: 24.1,
      unit: 'USD bn',
      basis: 'reporter',
      approx: false,
      derived: false,
      source: 'trend-2023-china-trade-2022',
      note: 'Kazakh statistics, +34.1%.',
      file: FILE,
      line: 2,
    });
    expect(rows.map((r) => [r.line, r.partner, r.derived])).toEqual([
      [2, 'CN', false],
      [3, 'EU', false],
      [4, 'DE', false],
      [5, 'IT', true],
    ]);
  });
});

describe('a bad row names the file, the line and the column', () => {
  it.each([
    [
      'an unknown country code',
      GOOD.replace('KZ,CN', 'KZ,XX'),
      'partner',
      "'XX' is not an ISO 3166 alpha-2 country code",
    ],
    ['a lower-case code', GOOD.replace('KZ,CN', 'KZ,cn'), 'partner', "'cn' is not an ISO 3166 alpha-2 country code"],
    ['a bloc as reporter', GOOD.replace('KZ,CN', 'EU,CN'), 'reporter', "'EU' can only be a partner"],
    ['a negative value', GOOD.replace(',24.1,', ',-24.1,'), 'value', 'trade values are never negative'],
    ['a value with a currency sign', GOOD.replace(',24.1,', ',$24.1,'), 'value', "'$24.1' must be a plain number"],
    ['a value in words', GOOD.replace(',24.1,', ',about 24,'), 'value', 'must be a plain number'],
    ['a missing value', GOOD.replace(',24.1,', ',,'), 'value', 'must be a plain number'],
    ['an unknown flow', GOOD.replace(',turnover,', ',trade,'), 'flow', 'must be one of: turnover, exports, imports'],
    ['an unknown unit', GOOD.replace(',USD bn,', ',USD m,'), 'unit', 'must be one of: USD bn, EUR bn'],
    ['an unknown basis', GOOD.replace(',reporter,', ',partner,'), 'basis', 'must be reporter'],
    ['a bad flag', GOOD.replace(',false,false,', ',maybe,false,'), 'approx', 'must be true or false'],
    ['a malformed period', GOOD.replace(',2022,', ',2022-Q1,'), 'period', 'write 2023 (full year), 2023-H1'],
    ['a backwards period', GOOD.replace(',2022,', ',2022-09/2022-01,'), 'period', 'ends before it starts'],
    [
      'a full year written as months',
      GOOD.replace(',2022,', ',2022-01/2022-12,'),
      'period',
      'is a full year: write 2022',
    ],
    ['a missing source', GOOD.replace(',trend-2023-china-trade-2022,', ',,'), 'source', 'must be a source id'],
    [
      'a derived row without a note',
      GOOD.replace(
        ',false,false,trend-2023-china-trade-2022,"Kazakh statistics, +34.1%."',
        ',false,true,trend-2023-china-trade-2022,',
      ),
      'note',
      'must say how a derived figure was computed',
    ],
  ])('%s', (_label, line, column, message) => {
    const { rows, problems } = parseRows(GOOD.replace('KZ,CN', 'KZ,RU'), line);
    expect(rows).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, column });
    expect(problems[0]?.message).toContain(message);
  });

  it('a duplicate of another row, in the same file or another', () => {
    const first = parseRows(
      GOOD,
      'KZ,RU,2022,turnover,26.1,USD bn,reporter,false,false,x,',
      GOOD.replace('24.1', '24.2'),
    );
    const other = parseTradeCsv([HEADER, GOOD.replace('24.1', '24.3')].join('\n'), 'content/trade/other.csv');
    expect(findDuplicateRows([...first.rows, ...other.rows])).toEqual([
      { file: FILE, line: 4, column: '(row)', message: expect.stringContaining('duplicates line 2') },
      {
        file: 'content/trade/other.csv',
        line: 2,
        column: '(row)',
        message: expect.stringContaining(`duplicates ${FILE}, line 2`),
      },
    ]);
  });

  it.each([['toString'], ['constructor'], ['__proto__']])('a code that is a built-in name: %s', (code) => {
    const { problems } = parseRows(GOOD.replace('KZ,CN', `KZ,${code}`));
    expect(problems[0]).toMatchObject({ column: 'partner' });
  });

  it('a file saved with semicolons', () => {
    const { problems } = parseTradeCsv(`${HEADER.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';')}`, FILE);
    expect(problems[0]?.message).toContain('uses semicolons between columns');
  });

  it('accepts a header with quoted names', () => {
    const quoted = HEADER.split(',')
      .map((h) => `"${h}"`)
      .join(',');
    expect(parseTradeCsv(`${quoted}\n${GOOD}`, FILE).problems).toEqual([]);
  });

  it('a wrong header', () => {
    const { problems } = parseTradeCsv(
      'reporter,partner,year,flow,value,unit,basis,approx,derived,source,note\n' + GOOD,
      FILE,
    );
    expect(problems[0]).toMatchObject({ line: 1, column: '(header)' });
    expect(problems[0]?.message).toContain('missing period; unknown year');
  });

  it('a note with an unquoted comma: names the likely cause and shows the row with the note quoted', () => {
    const { problems } = parseRows(GOOD, 'KZ,RU,2022,turnover,26.1,USD bn,reporter,false,false,x,Kazakh figures, +5%');
    expect(problems).toEqual([
      {
        file: FILE,
        line: 3,
        column: '(row)',
        message:
          'has 12 cells where the header has 11: a comma in the note (the last column) probably split it. Put the note in double quotes: KZ,RU,2022,turnover,26.1,USD bn,reporter,false,false,x,"Kazakh figures, +5%"',
      },
    ]);
  });

  it('a row with a cell missing', () => {
    const { problems } = parseRows(GOOD, 'KZ,RU,2022,turnover,26.1,USD bn,reporter,false,false,x');
    expect(problems[0]?.message).toContain('has 10 cells where the header has 11: a cell is missing');
  });

  it('reads line numbers from the file, counting quoted line breaks, and reports a record where it starts', () => {
    const { problems } = parseRows(
      'KZ,RU,2022,turnover,26.1,USD bn,reporter,false,false,x,"a note\nover two lines"',
      GOOD.replace('CN', 'QQ'),
    );
    expect(problems[0]?.line).toBe(4);
    const multi = parseRows('KZ,QQ,2022,turnover,26.1,USD bn,reporter,false,false,x,"a note\nover\nthree lines"');
    expect(multi.problems[0]?.line).toBe(2);
  });
});

describe('periods', () => {
  it.each([
    ['2022', true, '2022'],
    ['2023-H1', false, 'first half of 2023'],
    ['2023-01/2023-09', false, 'January–September 2023'],
    ['2022-10/2023-03', false, 'October 2022 – March 2023'],
  ])('%s: full year %s, reads "%s"', (period, full, text) => {
    expect(isFullYear(period)).toBe(full);
    expect(describePeriod(period)).toBe(text);
  });
});

describe('the reporter', () => {
  it("is always Kazakhstan: another country is refused with the way to enter a partner's own figures", () => {
    const { problems } = parseRows(GOOD.replace('KZ,CN', 'CN,KZ'));
    expect(problems).toEqual([
      { file: FILE, line: 2, column: 'reporter', message: expect.stringContaining("'CN' must be KZ") },
    ]);
    expect(problems[0]?.message).toContain('basis mirror');
  });
});
