import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema } from '~/schemas/briefing';
import { sourceSchema } from '~/schemas/source';

// Files whose names start with "_" are notes and partials, never entries.
const briefings = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/briefings' }),
  schema: briefingSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/sources' }),
  schema: sourceSchema,
});

export const collections = { briefings, sources };
