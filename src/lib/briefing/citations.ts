/** A source as it appears in a briefing's numbered list. */
export interface NumberedSource {
  id: string;
  /** 1-based number shown in the text and the list. */
  number: number;
  /** How many times the text cites it (0 when only listed in the frontmatter). */
  citedTimes: number;
}

/**
 * Numbers a briefing's sources: in the order the text first cites them, then any listed in the frontmatter but
 * never cited inline, in their listed order. Readers meet [1] before [2].
 */
export function numberSources(listed: readonly string[], citedInOrder: readonly string[]): NumberedSource[] {
  const counts = new Map<string, number>();
  for (const id of citedInOrder) counts.set(id, (counts.get(id) ?? 0) + 1);
  const order = [...new Set([...citedInOrder, ...listed])];
  return order.map((id, i) => ({ id, number: i + 1, citedTimes: counts.get(id) ?? 0 }));
}

/** The anchor of a source in a page's list of sources. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The anchor of the n-th (1-based) inline citation of a source, so the list can link back to it. */
export function citationAnchor(id: string, occurrence: number): string {
  return `cite-${id}-${occurrence}`;
}

/** Letters for back-links when a source is cited more than once: a, b, … z, aa, ab … */
export function backlinkLabel(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}
