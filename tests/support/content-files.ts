/** Reads the editors' files directly, so built-site tests compare the site against the data, not against itself. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from '../../tools/lib/paths';

/** Every `content/<folder>/*.yaml` entry (sub-folders included), by id (its file name). */
export function yamlEntries<T = Record<string, unknown>>(folder: string): Map<string, T> {
  const dir = join(ROOT, 'content', folder);
  const entries = new Map<string, T>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.name.startsWith('_')) continue;
    entries.set(entry.name.replace(/\.yaml$/, ''), load(readFileSync(join(entry.parentPath, entry.name), 'utf8')) as T);
  }
  return entries;
}
