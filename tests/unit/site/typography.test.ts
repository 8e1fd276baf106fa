import { describe, expect, it } from 'vitest';
import { compoundRuns, keepCompoundsWhole } from '~/lib/site/typography';

describe('compoundRuns', () => {
  it.each([
    ['What the op-ed argues', ['What the ', '[op-ed]', ' argues']],
    ["What it means for the op-ed's argument", ['What it means for the ', '[op-ed]', "'s argument"]],
    ['An e-mail and an X-ray', ['An ', '[e-mail]', ' and an ', '[X-ray]']],
    ['Tokayev’s re-election', ['Tokayev’s ', '[re-election]']],
    // Long compounds may break at their hyphen like any other; dashes are not hyphens.
    ['A presidential-level summit', ['A presidential-level summit']],
    ['EU–Kazakhstan partnership', ['EU–Kazakhstan partnership']],
    ['2022-06-17 and 31.4-31.5', ['2022-06-17 and 31.4-31.5']],
    ['', []],
  ])('%s', (text, runs) => {
    expect(compoundRuns(text).map((r) => (r.nowrap ? `[${r.text}]` : r.text))).toEqual(runs);
  });
});

describe('keepCompoundsWhole', () => {
  it('wraps compounds in the text, never in a tag or an attribute, and leaves the words as they were', () => {
    const html = '<a href="/op-ed/" title="op-ed">the op-ed</a> and <em>co-op</em>';
    expect(keepCompoundsWhole(html)).toBe(
      '<a href="/op-ed/" title="op-ed">the <span class="whitespace-nowrap">op-ed</span></a> and ' +
        '<em><span class="whitespace-nowrap">co-op</span></em>',
    );
  });

  it('leaves HTML without compounds alone', () => {
    expect(keepCompoundsWhole('Checking the claim &amp; the record')).toBe('Checking the claim &amp; the record');
  });
});
