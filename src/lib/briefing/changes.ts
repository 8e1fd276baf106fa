/**
 * Each entry of a briefing's "What changed" has an anchor of its own, so the corrections feed can link to it:
 * `change-2026-11-29`, then `change-2026-11-29-2` for the second on that day, in the order the file lists them.
 * Adding a change never moves the anchors of the ones before it.
 */

/** The anchors of a briefing's changes, in the order of its `changes` list. */
export function changeAnchors(changes: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return changes.map(({ date }) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? `change-${date}` : `change-${date}-${n}`;
  });
}
