import { describe, expect, it } from 'vitest';
import { countWords, minutesToRead, readingMinutes, visibleText } from '~/lib/briefing/reading-time';

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

  it.each([
    ['contractions, decimals and amounts are one word each', "don't 3.5% €31bn $5 1,000", 5],
    ['a hyphen is Markdown punctuation to the count, so a compound is two', 'op-ed', 2],
    ['letters beyond ASCII, in and outside the Basic Multilingual Plane', 'naïve Ünïcödé 中文 𝔘𝔫𝔦 café', 5],
    ['a curly apostrophe inside a word, but not a dash or quote between words', 'don’t stop — «now» it’s', 4],
    ['punctuation alone is no word', '... -- ’’ €', 0],
  ])('%s', (_label, text, words) => {
    // The definition, as a regular expression: a letter or digit, then letters, digits and ' ’ . , % $ € -.
    expect(visibleText(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$€-]*/gu)?.length ?? 0).toBe(words);
    expect(countWords(text)).toBe(words);
  });
});

describe('minutesToRead', () => {
  it('rounds to whole minutes and never says less than one', () => {
    expect([0, 100, 330, 1650].map((words) => minutesToRead(words))).toEqual([1, 1, 2, 8]);
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
