import { z } from 'astro/zod';
import { calendarDate, entryId, list, text } from '~/model/schemas/fields';

/** One dated note in a briefing's "What changed" list. */
export const changeSchema = z
  .object({
    /** When the change was made, 'YYYY-MM-DD'. */
    date: calendarDate(),
    /** What changed and why, in a sentence readers understand. */
    note: text('a note saying what changed'),
  })
  .strict();

/**
 * A briefing's frontmatter: `content/briefings/<slug>.mdx`. The file name is the URL slug.
 */
export const briefingSchema = z
  .object({
    /** The headline. Keep it under about 90 characters. */
    title: text('a headline').refine((t) => t.length <= 120, 'must be at most 120 characters'),
    /** The standfirst: one sentence under the headline, also used as the page description. */
    dek: text('a one-sentence standfirst').refine(
      (t) => t.length <= 300,
      'must be one sentence of at most 300 characters (it is also the search-engine description)',
    ),
    /** First publication date, 'YYYY-MM-DD' in quotes. */
    published: calendarDate(),
    /** Date of the last substantive update, 'YYYY-MM-DD'. Must not be before `published`. */
    updated: calendarDate().optional(),
    /** Dated notes shown to readers as "What changed". */
    changes: z.array(changeSchema, { error: 'must be a list of entries, each with date and note' }).default([]),
    /** Who wrote it, as bylines. At least one. */
    authors: list(text('an author name'), 'Explainer desk').min(1, 'must name at least one author'),
    /** Topic labels, lower-case ("energy", "diplomacy"). */
    tags: list(entryId(), 'energy, diplomacy').default([]),
    /** A draft is previewed with `npm run dev` but never published by `npm run build`. */
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** Ids of sources in `content/sources/` this briefing relies on; `<Cite id="…" />` may only cite these. */
    sources: list(entryId()).min(1, 'must list at least one source id'),
    /** Ids of events in `content/events/` to show as this briefing's own timeline, in any order (it is sorted). */
    events: list(entryId()).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.updated && data.updated < data.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `must not be before published (${data.published}); got ${data.updated}`,
      });
    }
    const seen = new Set<string>();
    data.sources.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['sources', i], message: `lists '${id}' twice` });
      seen.add(id);
    });
  });

export type BriefingData = z.output<typeof briefingSchema>;
