/**
 * The HTML of a citation marker group, written once: `<Cite>` renders it in the component catalogue, and the
 * briefing compile step (./briefing-text.ts) writes it straight into a briefing's compiled text, so a page of 150
 * citations renders 150 strings rather than 150 components. Escaped as Astro escapes, so both give the same bytes.
 */
import { sourceAnchor } from './citations';
import type { RenderedCitation } from './citation-state';

/** Text content, escaped as Astro escapes an expression's text. */
export function escapeText(text: string): string {
  if (!/[&<>'"]/.test(text)) return text;
  return text.replace(/[&<>'"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', "'": '#39', '"': 'quot' }[c]};`);
}

/** An attribute value in double quotes, escaped as Astro escapes one. */
function attribute(name: string, value: string): string {
  const escaped = /[&"]/.test(value) ? value.replaceAll('&', '&amp;').replaceAll('"', '&quot;') : value;
  return ` ${name}="${escaped}"`;
}

/**
 * One marker group in one `<sup>`: each shown number a link to its source, each number inside a range an empty
 * span that keeps its anchor. An empty group (a later `<Cite>` of a run) is no markup at all.
 */
export function citationMarkerHtml(group: readonly RenderedCitation[]): string {
  if (group.length === 0) return '';
  const parts = group.map((cite) => {
    const target = `#${sourceAnchor(cite.id)}`;
    if (!cite.text) return `<span${attribute('id', cite.anchor)}${attribute('data-source', target)}></span>`;
    const label = cite.through === undefined ? `Source ${cite.number}` : `Sources ${cite.number}–${cite.through}`;
    return (
      `<a${attribute('id', cite.anchor)}${attribute('href', target)} class="cite-link"${attribute('aria-label', label)}>` +
      `${escapeText(cite.text)}</a>`
    );
  });
  return `<sup class="cite not-prose">${parts.join('')}</sup>`;
}
