/** The one markup of a citation marker group, shared by <Cite> and the briefing compile step. */
import { describe, expect, it } from 'vitest';
import { citationMarkerHtml, escapeText } from '~/lib/briefing/citation-markup';

describe('citationMarkerHtml', () => {
  it('draws nothing for a later <Cite> of a run', () => {
    expect(citationMarkerHtml([])).toBe('');
  });

  it('draws a range as one link to its first source, the others keeping their anchors', () => {
    expect(
      citationMarkerHtml([
        { id: 'a', number: 1, anchor: 'cite-a-1', text: '[1–2]', through: 2 },
        { id: 'b', number: 2, anchor: 'cite-b-1', text: '' },
      ]),
    ).toBe(
      '<sup class="cite not-prose"><a id="cite-a-1" href="#source-a" class="cite-link" aria-label="Sources 1–2">[1–2]</a>' +
        '<span id="cite-b-1" data-source="#source-b"></span></sup>',
    );
  });

  it('escapes as Astro does, so an odd id cannot break the markup', () => {
    const html = citationMarkerHtml([{ id: 'a"&b', number: 1, anchor: 'cite-a"&b-1', text: '[1]' }]);
    expect(html).toContain('id="cite-a&quot;&amp;b-1" href="#source-a&quot;&amp;b"');
    expect(escapeText(`<&>'"`)).toBe('&lt;&amp;&gt;&#39;&quot;');
  });
});
