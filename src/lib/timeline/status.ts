/** What each event status means to a reader, in the words the About page uses for confidence. */
import type { EventStatus } from '~/model/schemas/event';

export const STATUS_MEANINGS: Readonly<Record<EventStatus, string>> = {
  confirmed: 'two or more independent sources agree, or the source is official',
  reported: 'one reasonable source, or the date is inferred',
  disputed: 'sources conflict, or the claim is contested',
};

/**
 * Whether a status gets a visible label beside the headline. Most events are confirmed, so a label on each would
 * say nothing; only the exceptions are labelled, and confirmed is said quietly in the event's details.
 */
export function isFlagged(status: EventStatus): boolean {
  return status !== 'confirmed';
}
