import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, visibleText } from '~/lib/briefing/reading-time';

describe('countWords', () => {
  it('counts only what readers see', () => {
    const body = [
      '<KeyPoints>',
      '',
      '- Kazakhstan abstained.<Cite id="un-vote" />',
      '',
      '</KeyPoints>',
      '',
      '## A heading here',
      '',
      'Trade with [China](https://example.org/a-very-long-url) rose to $24.1 bn in 2022.',
    ].join('\n');
    expect(countWords(body)).toBe(2 + 3 + 9);
    expect(visibleText(body)).not.toContain('Cite');
    expect(visibleText(body)).not.toContain('example.org');
  });

  it('skips code blocks and imports', () => {
    expect(countWords("import X from './x';\n\n```\nsome code words\n```\n\nTwo words")).toBe(2);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [440, 2],
    [1650, 8],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(Array.from({ length: words }, () => 'word').join(' '))).toBe(minutes);
  });
});
