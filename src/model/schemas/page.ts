import { z } from 'astro/zod';
import { text } from './fields';

/**
 * The editorial text of a fixed page: `content/pages/<id>.mdx` (home, about, timeline, trade). The body is MDX
 * with the same components as briefings, plus the page pieces listed in docs/EDITING.md.
 */
export const pageSchema = z
  .object({
    /** The page's title in the browser tab and in search results; also its heading unless `heading` is given. */
    title: text('the page title'),
    /** The visible main heading, when it should differ from `title`. */
    heading: text('the main heading').optional(),
    /** One or two sentences for search results and link previews. */
    description: text('a one- or two-sentence description').refine(
      (t) => t.length <= 300,
      'must be at most 300 characters (it is the search-engine description)',
    ),
  })
  .strict();

export type PageData = z.output<typeof pageSchema>;
