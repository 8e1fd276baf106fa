import { describe, expect, it } from 'vitest';
import { formatReport, problemAddress } from '~/lib/content/problems';

describe('one report for every kind of file', () => {
  it('writes a CSV problem with its line and its column by name, sorted by line within the file', () => {
    expect(
      formatReport([
        { file: 'content/trade/k.csv', line: 12, column: 'value', message: "'x' must be a plain number" },
        { file: 'content/trade/k.csv', line: 7, column: 'unit', message: "'USD m' must be one of: USD bn, EUR bn" },
      ]),
    ).toBe(
      [
        'content/trade/k.csv',
        "  content/trade/k.csv:7  column unit: 'USD m' must be one of: USD bn, EUR bn",
        "  content/trade/k.csv:12  column value: 'x' must be a plain number",
        '',
        '2 problems in 1 file. docs/EDITING.md, "When the build says no", explains each kind.',
      ].join('\n'),
    );
  });
});

describe('the report editors read', () => {
  it('groups problems by file in line order, as file:line:column, with the field and the CSV column named', () => {
    const report = formatReport(
      [
        { file: 'content/trade/k.csv', line: 7, column: 'value', message: "'x' must be a plain number" },
        { file: 'content/briefings/a.mdx', line: 12, column: 5, message: '<Cit> is not a site component' },
        { file: 'content/briefings/a.mdx', line: 6, column: 32, field: 'sources[1]', message: "'z' is not a known source id" },
      ],
      [{ file: 'content/trade/k.csv', line: 9, column: 'partner', message: 'GE is Georgia' }],
    );
    expect(report).toBe(
      [
        'content/briefings/a.mdx',
        "  content/briefings/a.mdx:6:32  sources[1]: 'z' is not a known source id",
        '  content/briefings/a.mdx:12:5  <Cit> is not a site component',
        '',
        'content/trade/k.csv',
        "  content/trade/k.csv:7  column value: 'x' must be a plain number",
        '',
        'To check (not errors):',
        '  content/trade/k.csv:9  notice: column partner: GE is Georgia',
        '',
        '3 problems in 2 files. docs/EDITING.md, "When the build says no", explains each kind.',
      ].join('\n'),
    );
  });

  it('says so when nothing is wrong, and does not repeat a field the message already names', () => {
    expect(formatReport([])).toBe('No problems found.');
    expect(formatReport([{ file: 'f.yaml', line: 2, column: 1, field: 'url', message: 'url: is the same address' }])).toContain(
      '  f.yaml:2:1  url: is the same address\n',
    );
  });

  it('writes an address without a line for a problem about a whole file', () => {
    expect(problemAddress({ file: 'content/x.yaml', message: 'm' })).toBe('content/x.yaml');
  });
});
