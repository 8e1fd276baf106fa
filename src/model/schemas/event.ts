import { z } from 'astro/zod';
import { endKey, parsePartialDate, sortKey } from '~/lib/dates/calendar-date';
import { entryId, labelledEnum, list, partialDate, text } from '~/model/schemas/fields';

/** How sure the record is that the event happened as described; shown to readers in words. */
export const EVENT_STATUSES = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
} as const;

export type EventStatus = keyof typeof EVENT_STATUSES;

/**
 * One timeline event: `content/events/<id>.yaml`. The file name is the event's id and its anchor (`#<id>`), so
 * it must never change once published.
 */
export const eventSchema = z
  .object({
    /** When it happened, at the precision the record supports: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', in quotes. */
    date: partialDate(),
    /** Last day of an event that spans time ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD'); not before `date`. */
    end: partialDate().optional(),
    /** True when the date is approximate; readers see "c." before it. */
    approx: z.boolean({ error: 'must be true or false' }).default(false),
    /** A short, neutral headline for the event. */
    title: text('a short headline').refine((t) => t.length <= 140, 'must be at most 140 characters'),
    /** One or two sentences in the site's own words. */
    summary: text('a one- or two-sentence summary').refine((t) => t.length <= 600, 'must be at most 600 characters'),
    /** Where it happened: the id of a place in `content/map/places.yaml` (`st-petersburg`); marks it on the map. */
    place: entryId().optional(),
    /** Ids from `content/taxonomy/actors.yaml`: who acted. */
    actors: list(entryId(), 'kazakhstan, russia').default([]),
    /** Ids from `content/taxonomy/themes.yaml`: what it is about. At least one. */
    themes: list(entryId(), 'diplomacy, energy').min(1, 'must list at least one theme id'),
    /** confirmed, reported or disputed. */
    status: labelledEnum(EVENT_STATUSES),
    /** Ids of sources in `content/sources/` that support the event. At least one. */
    sources: list(entryId()).min(1, 'must cite at least one source id'),
  })
  .strict()
  .superRefine((data, ctx) => {
    // Only compare two dates that are both valid; a bad date already has its own message.
    const start = parsePartialDate(String(data.date));
    const end = data.end === undefined ? undefined : parsePartialDate(String(data.end));
    if (start.ok && end?.ok && endKey(end.date) < sortKey(start.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `must not be before date (${data.date}); got ${data.end}`,
      });
    }
  });

export type EventData = z.output<typeof eventSchema>;

/** A closed list of labels with display names: `content/taxonomy/actors.yaml` and `themes.yaml`. */
export const taxonomyEntrySchema = z
  .object({
    /** The name readers see ("Germany", "Domestic politics"). */
    name: text('the display name'),
  })
  .strict();
