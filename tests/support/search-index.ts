/** Reads a built search index back: every record Pagefind stored (its fragments are gzipped JSON). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every record in `<dist>/pagefind/`, in file order; throws when there is no index. */
export function indexedRecords(dist: string): IndexedRecord[] {
  const folder = join(dist, 'pagefind', 'fragment');
  if (!existsSync(folder)) throw new Error(`No search index at ${folder}: the build did not run Pagefind.`);
  return readdirSync(folder)
    .sort()
    .map((file) => {
      const bytes = gunzipSync(readFileSync(join(folder, file)));
      // Each fragment starts with Pagefind's signature, then the JSON.
      const text = bytes.toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as IndexedRecord;
    });
}
