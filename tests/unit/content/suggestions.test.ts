import { describe, expect, it } from 'vitest';
import { editDistance, suggestId } from '~/lib/content/suggestions';

const known = { sources: new Set(['tass-2022-01-csto', 'astanatimes-2023-06-aif', 'matussek-oped']) };

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only close ids', () => {
    expect(suggestId('matusek-oped', known.sources)).toBe('matussek-oped');
    expect(suggestId('something-else-entirely', known.sources)).toBeUndefined();
  });
});
