/** Reads the built site: its pages as DOM documents, its files as text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST } from '../../tools/lib/paths';

export interface BuiltPage {
  /** URL path, e.g. `/briefings/foo/`. */
  path: string;
  file: string;
  html: string;
  document: Document;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file in dist/, as paths relative to it with forward slashes. */
export function distFiles(): string[] {
  return walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
}

/** The URL path a built HTML file is served at. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page in dist/. */
export function builtPages(): BuiltPage[] {
  cache ??= distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      return { path: urlPathOf(file), file, html, document: parseHTML(html).document as unknown as Document };
    });
  return cache;
}

/** One page by URL path; throws when it was not built. */
export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page)
    throw new Error(
      `No page was built at ${path}; built: ${builtPages()
        .map((p) => p.path)
        .join(', ')}`,
    );
  return page;
}

/** A built file's text. */
export function distText(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The text of every script a page runs, inline or from its own file in dist/, in page order. */
export function pageScripts(document: Document): string[] {
  return [...document.querySelectorAll('script')]
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .map((s) => {
      const src = s.getAttribute('src');
      return src ? readFileSync(join(DIST, src), 'utf8') : (s.textContent ?? '');
    });
}
