import { describe, expect, it } from 'vitest';
import { pageTitle } from '~/lib/site/page-title';

describe('pageTitle', () => {
  it('adds the site name when it fits', () => {
    expect(pageTitle('Timeline', 'Kazakhstan after the invasion')).toBe('Timeline · Kazakhstan after the invasion');
  });
  it('drops the site name rather than let search results cut the headline', () => {
    const headline = 'How Kazakhstan changed after Russia invaded Ukraine';
    expect(pageTitle(headline, 'Kazakhstan after the invasion')).toBe(headline);
  });
  it('does not repeat the site name on the home page', () => {
    expect(pageTitle('Kazakhstan after the invasion', 'Kazakhstan after the invasion')).toBe(
      'Kazakhstan after the invasion',
    );
  });
});
