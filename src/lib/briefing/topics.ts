/**
 * Topics: the tags editors give briefings (`tags: [energy, trade]`), shown on each briefing and in the lists, each
 * with a page of its own (/topics/energy/) listing the briefings that carry it.
 */

/** A briefing as far as topics and related briefings need it. */
export interface TaggedBriefing {
  id: string;
  data: { title: string; published: string; tags: readonly string[]; events: readonly string[] };
}

/** How a tag reads: "energy" → "Energy", "central-asia" → "Central asia". */
export function topicName(tag: string): string {
  return `${tag.charAt(0).toUpperCase()}${tag.slice(1).replace(/-/g, ' ')}`;
}

/** The address of a topic's page. */
export function topicPath(tag: string): string {
  return `/topics/${tag}/`;
}

/** One topic with the number of briefings that carry it. */
export interface Topic {
  tag: string;
  name: string;
  count: number;
}

/** Every topic the given briefings carry, alphabetically by name, with how many carry each. */
export function topicsOf(briefings: readonly TaggedBriefing[]): Topic[] {
  const counts = new Map<string, number>();
  for (const b of briefings) for (const tag of new Set(b.data.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, name: topicName(tag), count }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The briefings that carry a tag, in the order given. */
export function taggedWith<T extends TaggedBriefing>(briefings: readonly T[], tag: string): T[] {
  return briefings.filter((b) => b.data.tags.includes(tag));
}
