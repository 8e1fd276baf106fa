import { basename } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { briefingSchema } from '~/model/schemas/briefing';
import { eventSchema, taxonomyEntrySchema } from '~/model/schemas/event';
import { pageSchema } from '~/model/schemas/page';
import { sourceSchema } from '~/model/schemas/source';
import { tradeRowSchema } from '~/model/schemas/trade';
import { tradeCsvLoader } from '~/model/loaders/trade-csv';

/**
 * The file name (without extension) is the id, wherever the file sits under its folder, so an editor may sort
 * files into sub-folders without changing any id. Two files with one name would then share an id; that fails
 * the build naming both files instead of letting one silently replace the other.
 */
function idFromFileName(collection: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = basename(entry).replace(/\.[^.]+$/, '');
    const other = seen.get(id);
    if (other !== undefined && other !== entry) {
      throw new Error(
        `Two ${collection} files share the id '${id}': content/${collection}/${other} and content/${collection}/${entry}. Rename one; ids must be unique.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}

// Files whose names start with "_" are notes and partials, never entries.
const briefings = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/briefings', generateId: idFromFileName('briefings') }),
  schema: briefingSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/sources', generateId: idFromFileName('sources') }),
  schema: sourceSchema,
});

const events = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/events', generateId: idFromFileName('events') }),
  schema: eventSchema,
});

const actors = defineCollection({ loader: file('./content/taxonomy/actors.yaml'), schema: taxonomyEntrySchema });
const themes = defineCollection({ loader: file('./content/taxonomy/themes.yaml'), schema: taxonomyEntrySchema });

const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/pages', generateId: idFromFileName('pages') }),
  schema: pageSchema,
});

const trade = defineCollection({ loader: tradeCsvLoader('content/trade'), schema: tradeRowSchema });

export const collections = { briefings, pages, sources, events, actors, themes, trade };
