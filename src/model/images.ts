/**
 * Draws the build's images (share cards, chart downloads) from element trees (`~/lib/share/image-node`): satori
 * lays them out into SVG with the bundled fonts (src/assets/fonts/, see NOTICE), resvg renders PNG. Nothing is
 * fetched. Each result is cached on disk under a hash of everything that makes it (the tree, the fonts, the two
 * renderers' versions), so a build redraws only what changed: 1,000 briefings do not pay for 1,000 cards each time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { IMAGE_FONTS, type ImageNode } from '~/lib/share/image-node';

type Font = Parameters<typeof satori>[1]['fonts'][number];

/** Where fonts and the cache live, relative to the project root (the build's working directory). */
export const FONT_DIR = 'src/assets/fonts';
/** Outside dist/ and ignored by git with node_modules/; a fresh clone or CI simply starts cold. */
export const IMAGE_CACHE_DIR = 'node_modules/.cache/og';

let fonts: { list: Font[]; digest: string } | undefined;

/** The bundled fonts, read once: `noto-serif-latin-700-normal.woff` is Noto Serif, weight 700. */
function loadFonts(root: string): { list: Font[]; digest: string } {
  if (fonts) return fonts;
  const dir = join(root, FONT_DIR);
  const hash = createHash('sha256');
  const list: Font[] = [];
  // Latin first: satori takes a glyph from the first font of the family that has it.
  const subsetOrder = (file: string) =>
    ['latin', 'latin-ext', 'cyrillic'].indexOf(/^noto-\w+-([a-z-]+)-\d/.exec(file)?.[1] ?? '');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.woff'))
    .sort((a, b) => subsetOrder(a) - subsetOrder(b) || a.localeCompare(b));
  for (const file of files) {
    const match = /^noto-(serif|sans)-[a-z-]+-(\d{3})-normal\.woff$/.exec(file);
    if (!match) throw new Error(`${FONT_DIR}/${file}: expected a name like noto-sans-latin-400-normal.woff`);
    const data = readFileSync(join(dir, file));
    hash.update(file).update(data);
    const weight = Number(match[2]) as NonNullable<Font['weight']>;
    list.push({ name: IMAGE_FONTS[match[1] as 'serif' | 'sans'], data, weight, style: 'normal' });
  }
  if (list.length === 0) throw new Error(`No fonts in ${FONT_DIR}/: the share cards and chart images need them.`);
  fonts = { list, digest: hash.digest('hex') };
  return fonts;
}

const RENDERERS = `satori ${packageVersion('satori')} resvg ${packageVersion('@resvg/resvg-js')}`;

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/**
 * Counts for the build log: images drawn, images taken from the cache, and the time spent. On globalThis, because
 * the build bundles this module into its own chunk, and the integration that logs the counts (astro.config.mjs)
 * reads them from outside it.
 */
export const imageStats: { drawn: number; cached: number; ms: number } = ((
  globalThis as { __buildImageStats?: { drawn: number; cached: number; ms: number } }
).__buildImageStats ??= { drawn: 0, cached: 0, ms: 0 });

export interface DrawOptions {
  /** The width in pixels; the height follows the content unless given. */
  width: number;
  height?: number | undefined;
  /** The project root; the build's working directory by default. */
  root?: string | undefined;
  /** Where to cache drawings; IMAGE_CACHE_DIR under the root by default. */
  cacheDir?: string | undefined;
}

/** The cache key of a drawing: a hash of the tree, the fonts, the renderers and the output format. */
export function imageKey(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions): string {
  const { digest } = loadFonts(options.root ?? process.cwd());
  return createHash('sha256')
    .update(JSON.stringify([tree, format, options.width, options.height ?? null, digest, RENDERERS]))
    .digest('hex')
    .slice(0, 32);
}

async function draw(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions): Promise<Buffer> {
  const root = options.root ?? process.cwd();
  const start = performance.now();
  const dir = options.cacheDir ?? join(root, IMAGE_CACHE_DIR);
  const file = join(dir, `${imageKey(tree, format, options)}.${format}`);
  try {
    const cached = readFileSync(file);
    imageStats.cached += 1;
    imageStats.ms += performance.now() - start;
    return cached;
  } catch {
    // Not drawn yet: draw it below.
  }
  const size =
    options.height === undefined ? { width: options.width } : { width: options.width, height: options.height };
  // The tree is plain data in the shape satori reads (see image-node.ts); its types expect React elements.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...size, fonts: loadFonts(root).list });
  const bytes =
    format === 'svg'
      ? Buffer.from(svg)
      : Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng());
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name first, so a build stopped half-way never leaves a broken image in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  imageStats.drawn += 1;
  imageStats.ms += performance.now() - start;
  return bytes;
}

/** The tree drawn as a PNG (from the cache when nothing that makes it has changed). */
export const drawPng = (tree: ImageNode, options: DrawOptions): Promise<Buffer> => draw(tree, 'png', options);

/** The tree drawn as a self-contained SVG: text as outlines, so it looks the same without the fonts. */
export const drawSvg = (tree: ImageNode, options: DrawOptions): Promise<Buffer> => draw(tree, 'svg', options);
