/**
 * The home page's key moments: a short, editor-chosen list of timeline events (`<KeyMoments ids={[…]} />` in
 * content/pages/home.mdx), shown in date order and linked to their place on the timeline.
 */
import { unknownIdMessage } from '~/lib/content/suggestions';
import { orderEvents, type TimelineEvent } from './events';

/** A strip this long is still read at a glance; the timeline holds the rest. */
export const KEY_MOMENTS = { min: 4, max: 10 } as const;

/** The chosen events in date order, whatever order the editor listed them in; throws on an unknown id. */
export function keyMoments<T extends TimelineEvent>(ids: readonly string[], event: (id: string) => T): T[] {
  return orderEvents(ids.map(event));
}

/** Where a key moment links: its anchor on the timeline page. */
export function timelineHref(id: string): string {
  return `/timeline/#${encodeURIComponent(id)}`;
}

/**
 * What is wrong with a list of key moments, in editors' words: ids that name no event (with a "did you mean"), ids
 * listed twice, and a list too short or too long to be a strip.
 */
export function keyMomentProblems(ids: readonly string[], events: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`<KeyMoments ids>: lists '${id}' twice`);
    else if (!events.has(id)) {
      problems.push(`<KeyMoments ids>: ${unknownIdMessage('event', id, `a file content/events/${id}.yaml`, events)}`);
    }
    seen.add(id);
  }
  if (ids.length < KEY_MOMENTS.min || ids.length > KEY_MOMENTS.max) {
    problems.push(
      `<KeyMoments ids>: list between ${KEY_MOMENTS.min} and ${KEY_MOMENTS.max} events; got ${ids.length} (the timeline page holds the rest)`,
    );
  }
  return problems;
}
