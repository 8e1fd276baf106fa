/** What a reader downloads for one built page: its HTML and the CSS, JS and fonts it links, raw and compressed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  fonts: Weight;
  files: string[];
}

const zero = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });

function measure(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function add(total: Weight, part: Weight): void {
  total.raw += part.raw;
  total.gzip += part.gzip;
  total.brotli += part.brotli;
}

/** Weighs `dist/<htmlFile>` with every stylesheet, module script and font it references from dist/. */
export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(join(dist, htmlFile));
  const { document } = parseHTML(html.toString());
  const weight: PageWeight = { html: measure(html), css: zero(), js: zero(), fonts: zero(), files: [] };
  for (const link of document.querySelectorAll('link[rel="stylesheet"][href^="/"]')) {
    const href = link.getAttribute('href') ?? '';
    const css = readFileSync(join(dist, href));
    add(weight.css, measure(css));
    weight.files.push(href);
    for (const [, font = ''] of css.toString().matchAll(/url\((\/[^)]+\.(?:woff2?|ttf|otf))\)/g)) {
      add(weight.fonts, measure(readFileSync(join(dist, font))));
      weight.files.push(font);
    }
  }
  for (const script of document.querySelectorAll('script[src^="/"]')) {
    const src = script.getAttribute('src') ?? '';
    add(weight.js, measure(readFileSync(join(dist, src))));
    weight.files.push(src);
  }
  // Astro inlines small scripts into the page; they are JavaScript the reader downloads all the same.
  for (const script of document.querySelectorAll('script:not([src])')) {
    add(weight.js, measure(Buffer.from(script.textContent ?? '')));
    weight.files.push('(inline script)');
  }
  return weight;
}

/** "12.3 KB" */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
