/**
 * A briefing's contents list: its sections and subsections, then the sections the layout adds after the prose.
 * Pure data, so the layout, the page context and the tests share one definition of what the list holds.
 */

/** A heading as the Markdown renderer reports it (Astro's `MarkdownHeading`). */
export interface ContentsHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One link in the contents: where it goes, its words, and whether it is a section (2) or a subsection (3). */
export interface ContentsItem {
  href: string;
  text: string;
  depth: 2 | 3;
}

/** What a briefing has after its prose, which decides the sections the contents list after the text's own. */
export interface BriefingFoot {
  /** Ids of the briefing's key events (its own short timeline). */
  events: readonly string[];
  /** Its "What changed" notes. */
  changes: readonly unknown[];
}

/** Anchors of the sections the layout adds after the prose, in page order. */
export const FOOT_ANCHORS = {
  events: 'key-events-heading',
  changes: 'changes-heading',
  sources: 'sources-heading',
} as const;

/**
 * The contents of a briefing: every section (`##`) and subsection (`###`) of the text, deeper headings left out as
 * they would crowd the list, then "Key events" and "What changed" when the briefing has them, and "Sources". Empty
 * when the text has fewer than two headings: a list of one section and the foot would not help anyone find their way.
 */
export function briefingContents(headings: readonly ContentsHeading[], foot: BriefingFoot): ContentsItem[] {
  const text: ContentsItem[] = headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => ({ href: `#${h.slug}`, text: h.text, depth: h.depth as 2 | 3 }));
  if (text.length < 2) return [];
  const after: ContentsItem[] = [
    ...(foot.events.length > 0 ? [{ href: `#${FOOT_ANCHORS.events}`, text: 'Key events', depth: 2 as const }] : []),
    ...(foot.changes.length > 0 ? [{ href: `#${FOOT_ANCHORS.changes}`, text: 'What changed', depth: 2 as const }] : []),
    { href: `#${FOOT_ANCHORS.sources}`, text: 'Sources', depth: 2 },
  ];
  return [...text, ...after];
}
