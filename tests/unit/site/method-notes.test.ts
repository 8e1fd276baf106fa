import { describe, expect, it } from 'vitest';
import { withoutMethodRemarks } from '~/lib/site/method-notes';

describe('withoutMethodRemarks', () => {
  it.each([
    [
      'Down 5.3%. Tokayev calls Turkey a top-five partner. High confidence.',
      'Down 5.3%. Tokayev calls Turkey a top-five partner.',
    ],
    ['High confidence.', undefined],
    ['BAQ.kz: more than $4 bn. Single source; medium-low confidence.', 'BAQ.kz: more than $4 bn.'],
    [
      "Record. Single source, medium-low confidence: seen only in a Bengali re-publication. A cross-check derived from China's shares gives about 134.8.",
      "Record. A cross-check derived from China's shares gives about 134.8.",
    ],
    [
      'Derived: 2022 turnover of $24.1 bn divided by 1.341 (Trend gives +34.1% on 2021). Low confidence.',
      'Derived: 2022 turnover of $24.1 bn divided by 1.341 (Trend gives +34.1% on 2021).',
    ],
    [
      'Tokayev, October 2025: $28 bn; the ambassador said "28 with something", i.e. a little more than $28 bn. Medium confidence.',
      'Tokayev, October 2025: $28 bn; the ambassador said "28 with something", i.e. a little more than $28 bn.',
    ],
    [
      'Figures from the Kazakh Foreign Ministry. Title described, not quoted.',
      'Figures from the Kazakh Foreign Ministry.',
    ],
    ['Sum of exports and imports.', 'Sum of exports and imports.'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (note, kept) => {
    expect(withoutMethodRemarks(note)).toBe(kept);
  });
});
