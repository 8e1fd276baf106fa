/**
 * "Related briefings" at the end of a briefing: the others that share its topics or its key events. The measure
 * is symmetric (what A shares with B, B shares with A), so a briefing that lists another is listed by it in turn,
 * unless the other has more than `limit` closer relatives.
 */
import type { TaggedBriefing } from './topics';

/** Another briefing and what it has in common with this one. */
export interface Relation<T extends TaggedBriefing> {
  briefing: T;
  /** Tags both carry, in this briefing's order. */
  tags: string[];
  /** Key events both show, in this briefing's order. */
  events: string[];
}

/**
 * A shared key event counts twice as much as a shared topic: two briefings about the same moments are closer
 * than two that only share a broad label such as "trade".
 */
export const EVENT_WEIGHT = 2;

const score = (r: Relation<TaggedBriefing>) => r.tags.length + EVENT_WEIGHT * r.events.length;

/**
 * The briefings that share a topic or a key event with `briefing`, closest first (ties: newest first, then by
 * title), at most `limit`.
 */
export function relatedBriefings<T extends TaggedBriefing>(
  briefing: TaggedBriefing,
  all: readonly T[],
  limit = 4,
): Relation<T>[] {
  return all
    .filter((other) => other.id !== briefing.id)
    .map((other) => ({
      briefing: other,
      tags: briefing.data.tags.filter((t) => other.data.tags.includes(t)),
      events: briefing.data.events.filter((e) => other.data.events.includes(e)),
    }))
    .filter((r) => score(r) > 0)
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        b.briefing.data.published.localeCompare(a.briefing.data.published) ||
        a.briefing.data.title.localeCompare(b.briefing.data.title),
    )
    .slice(0, limit);
}

/** What two briefings share, in words: "Topics: Energy, Trade · 3 key events in common". */
export function sharedText(relation: Relation<TaggedBriefing>, name: (tag: string) => string): string {
  const parts: string[] = [];
  if (relation.tags.length > 0) {
    parts.push(`${relation.tags.length === 1 ? 'Topic' : 'Topics'}: ${relation.tags.map(name).join(', ')}`);
  }
  if (relation.events.length > 0) {
    parts.push(`${relation.events.length} key ${relation.events.length === 1 ? 'event' : 'events'} in common`);
  }
  return parts.join(' · ');
}
