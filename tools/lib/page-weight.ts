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
  /** Every stylesheet: the files it links and the one inlined in its head (so counted in `html` too, like scripts). */
  css: Weight;
  /** Every script the page runs: its own files and the scripts inlined in the HTML (for the JavaScript budgets). */
  js: Weight;
  fonts: Weight;
  /**
   * What the first visit downloads: the HTML (inline scripts and styles included, once), the linked stylesheets,
   * the script files and the fonts. The sum of the four above would count inline code twice.
   */
  firstLoad: Weight;
  /** The inline theme snippet (BaseLayout), part of `js`: issue 11 allows it beside the JavaScript budgets. */
  themeSnippet: Weight;
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
  const weight: PageWeight = {
    html: measure(html),
    css: zero(),
    js: zero(),
    fonts: zero(),
    firstLoad: zero(),
    themeSnippet: measure(Buffer.from(document.querySelector('script[data-theme-script]')?.textContent ?? '')),
    files: [],
  };
  const scriptFiles = zero();
  const linkedCss = zero();
  for (const link of document.querySelectorAll('link[rel="stylesheet"][href^="/"]')) {
    const href = link.getAttribute('href') ?? '';
    const css = readFileSync(join(dist, href));
    add(weight.css, measure(css));
    add(linkedCss, measure(css));
    weight.files.push(href);
    for (const [, font = ''] of css.toString().matchAll(/url\((\/[^)]+\.(?:woff2?|ttf|otf))\)/g)) {
      add(weight.fonts, measure(readFileSync(join(dist, font))));
      weight.files.push(font);
    }
  }
  for (const script of document.querySelectorAll('script[src^="/"]')) {
    const src = script.getAttribute('src') ?? '';
    const bytes = measure(readFileSync(join(dist, src)));
    add(weight.js, bytes);
    add(scriptFiles, bytes);
    weight.files.push(src);
  }
  // Each page's stylesheet is inlined (astro.config.mjs): weighed as CSS all the same, like the inline scripts.
  for (const style of document.querySelectorAll('style')) {
    add(weight.css, measure(Buffer.from(style.textContent ?? '')));
  }
  // Astro inlines small scripts into the page; they are JavaScript the reader downloads all the same. JSON-LD is
  // data, not code: it is weighed with the HTML it sits in.
  for (const script of document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')) {
    add(weight.js, measure(Buffer.from(script.textContent ?? '')));
    weight.files.push('(inline script)');
  }
  for (const part of [weight.html, linkedCss, scriptFiles, weight.fonts]) add(weight.firstLoad, part);
  return weight;
}

/** "12.3 KB" */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The head tags for machines (JSON-LD, og: and twitter: meta) and the inline theme snippet. Issue 11 let a page
 * grow by these and nothing else, so budgets set before it weigh a page without them, and cap them separately.
 */
export const HEAD_EXTRAS =
  'script[type="application/ld+json"], meta[property^="og:"], meta[name^="twitter:"], script[data-theme-script]';

/** How many compressed bytes the elements matching `selector` take in a page's HTML: with them, less without. */
export function partWeight(dist: string, htmlFile: string, selector: string): Weight {
  const html = readFileSync(join(dist, htmlFile)).toString();
  const { document } = parseHTML(html);
  const full = measure(Buffer.from(document.toString()));
  for (const el of document.querySelectorAll(selector)) el.remove();
  const without = measure(Buffer.from(document.toString()));
  return { raw: full.raw - without.raw, gzip: full.gzip - without.gzip, brotli: full.brotli - without.brotli };
}

/** How many compressed bytes of a page's HTML its HEAD_EXTRAS take. */
export const headExtrasWeight = (dist: string, htmlFile: string): Weight => partWeight(dist, htmlFile, HEAD_EXTRAS);
