import { describe, expect, it } from 'vitest';
import { formatProblems } from '~/lib/content/problems';

describe('formatProblems', () => {
  it('lists every problem on its own line, by file', () => {
    expect(
      formatProblems([
        { file: 'content/events/b.yaml', field: 'sources[0]', message: 'x' },
        { file: 'content/briefings/a.mdx', line: 3, message: 'y' },
      ]),
    ).toBe('Found 2 content problems:\n  content/briefings/a.mdx → line 3: y\n  content/events/b.yaml → sources[0]: x');
  });
});

describe('one formatter for every kind of file', () => {
  it('writes a CSV problem with its line and column, and sorts by line within a file', () => {
    expect(
      formatProblems([
        { file: 'content/trade/k.csv', line: 12, column: 'value', message: "'x' must be a plain number" },
        { file: 'content/trade/k.csv', line: 7, column: 'unit', message: "'USD m' must be one of: USD bn, EUR bn" },
      ]),
    ).toBe(
      "Found 2 content problems:\n  content/trade/k.csv → line 7, column unit: 'USD m' must be one of: USD bn, EUR bn\n  content/trade/k.csv → line 12, column value: 'x' must be a plain number",
    );
  });
});
