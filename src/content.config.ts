import { basename } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { briefingSchema } from '~/model/schemas/briefing';
import { eventSchema, taxonomyEntrySchema } from '~/model/schemas/event';
import { placeSchema, routeSchema } from '~/model/schemas/map';
import { pageSchema } from '~/model/schemas/page';
import { sourceSchema } from '~/model/schemas/source';
import { tradeRowSchema } from '~/model/schemas/trade';
import { tradeCsvLoader } from '~/model/loaders/trade-csv';

/**
 * The file name (without extension) is the id, wherever the file sits under its folder, so an editor may sort
 * files into sub-folders without changing any id. Two files with one name are reported by the content check
 * (src/model/content-check.ts), which reads the folders afresh each time; keeping no state here means moving a
 * file during `npm run dev` never looks like a duplicate.
 */
const idFromFileName = ({ entry }: { entry: string }): string => basename(entry).replace(/\.[^.]+$/, '');

// Files whose names start with "_" are notes and partials, never entries.
const briefings = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/briefings', generateId: idFromFileName }),
  schema: briefingSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/sources', generateId: idFromFileName }),
  schema: sourceSchema,
});

const events = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/events', generateId: idFromFileName }),
  schema: eventSchema,
});

const actors = defineCollection({ loader: file('./content/taxonomy/actors.yaml'), schema: taxonomyEntrySchema });
const themes = defineCollection({ loader: file('./content/taxonomy/themes.yaml'), schema: taxonomyEntrySchema });

// The map's places and routes: one YAML file each, keyed by id (content/map/).
const places = defineCollection({ loader: file('./content/map/places.yaml'), schema: placeSchema });
const routes = defineCollection({ loader: file('./content/map/routes.yaml'), schema: routeSchema });

const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/pages', generateId: idFromFileName }),
  schema: pageSchema,
});

const trade = defineCollection({ loader: tradeCsvLoader('content/trade'), schema: tradeRowSchema });

export const collections = { briefings, pages, sources, events, actors, themes, trade, places, routes };
