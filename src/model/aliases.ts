/**
 * The name variants the search index adds to each page, read from content/taxonomy/aliases.yaml for the build's
 * indexing step (astro.config.mjs). The content check has already reported any mistake in the file with its line,
 * so a file that does not parse here is a bug, and throws.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AliasGroup } from '~/lib/search/aliases';
import { aliasesSchema } from './schemas/aliases';

/** Where editors keep the name variants, relative to the project root. */
export const ALIASES_FILE = 'content/taxonomy/aliases.yaml';

/** Every name and its spellings, in the file's order; none when the file does not exist. */
export function loadAliases(root: string): AliasGroup[] {
  const path = join(root, ALIASES_FILE);
  if (!existsSync(path)) return [];
  const data = aliasesSchema.parse(parse(readFileSync(path, 'utf8')) ?? {});
  return Object.entries(data).map(([id, names]) => ({ id, names }));
}
