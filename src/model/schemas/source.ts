import { z } from 'astro/zod';
import { calendarDate, labelledEnum, partialDate, text } from '~/model/schemas/fields';

/** What kind of document a source is; shown to readers next to the title. */
export const SOURCE_KINDS = {
  news: 'News report',
  official: 'Official statement or document',
  statistics: 'Statistics',
  opinion: 'Opinion',
  analysis: 'Analysis',
  reference: 'Reference work',
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

/**
 * One entry in the bibliography: `content/sources/<id>.yaml`. The file name is the id that briefings, events and
 * trade rows cite.
 */
export const sourceSchema = z
  .object({
    /**
     * The title as published. When the headline was not recorded, a plain description of the item (often built
     * from its web address), and the note says "Title described, not quoted."
     */
    title: text('the title as published'),
    /** Who published it: an outlet, ministry or agency ("Astana Times", "Kazinform"). */
    publisher: text('the publisher'),
    /** The address a reader can follow. Must start with http:// or https://. */
    url: z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http://)' }),
    /** When it was published, at the precision known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Leave out if unknown. */
    published: partialDate().optional(),
    /**
     * The day someone last opened the link and checked that it says what the site cites it for, 'YYYY-MM-DD'. Update
     * it whenever you re-check; not when you only edit the title or note. Sources added before 29 November 2026 carry
     * the day the research desk recorded them (the About page says so). Never after today.
     */
    accessed: calendarDate(),
    /** news, official, statistics, opinion, analysis or reference. */
    kind: labelledEnum(SOURCE_KINDS),
    /** Written in a language other than English? Give its name ("Russian"); readers are told. */
    language: z.string().trim().min(1).optional(),
    /** A caveat readers should see with the source ("republication of a Reuters report"). */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export type SourceData = z.output<typeof sourceSchema>;
