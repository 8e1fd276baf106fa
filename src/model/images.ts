/**
 * Draws the build's images (share cards, chart downloads) from element trees (`~/lib/share/image-node`): satori
 * lays them out into SVG with the bundled fonts (src/assets/fonts/, see NOTICE), resvg renders PNG. Nothing is
 * fetched. Each result is cached on disk under a hash of everything that makes it (the tree, the fonts, the two
 * renderers' versions), so a build redraws only what changed: 1,000 briefings do not pay for 1,000 cards each time.
 *
 * The drawing happens in worker threads (src/model/image-worker.ts), one per core, which write into the cache;
 * this module reads the result from there. A caller that knows every image a build needs hands them over first
 * (`drawAhead`), so the workers draw them while the main thread renders the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IMAGE_FONTS, type ImageNode } from '~/lib/share/image-node';
import type { ImageJob, ImageJobResult, WorkerFont } from './image-worker';

/** Where fonts and the cache live, relative to the project root (the build's working directory). */
export const FONT_DIR = 'src/assets/fonts';
/** Outside dist/ and ignored by git with node_modules/; a fresh clone or CI simply starts cold. */
export const IMAGE_CACHE_DIR = 'node_modules/.cache/og';
/** The worker's source, run by Node as it is (outside the build's bundle), from the project root. */
const WORKER_FILE = 'src/model/image-worker.ts';

let fonts: { list: WorkerFont[]; digest: string } | undefined;

/** The bundled fonts, listed once: `noto-serif-latin-700-normal.woff` is Noto Serif, weight 700. */
function loadFonts(root: string): { list: WorkerFont[]; digest: string } {
  if (fonts) return fonts;
  const dir = join(root, FONT_DIR);
  const hash = createHash('sha256');
  const list: WorkerFont[] = [];
  // Latin first: satori takes a glyph from the first font of the family that has it.
  const subsetOrder = (file: string) =>
    ['latin', 'latin-ext', 'cyrillic'].indexOf(/^noto-\w+-([a-z-]+)-\d/.exec(file)?.[1] ?? '');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.woff'))
    .sort((a, b) => subsetOrder(a) - subsetOrder(b) || a.localeCompare(b));
  for (const file of files) {
    const match = /^noto-(serif|sans)-[a-z-]+-(\d{3})-normal\.woff$/.exec(file);
    if (!match) throw new Error(`${FONT_DIR}/${file}: expected a name like noto-sans-latin-400-normal.woff`);
    hash.update(file).update(readFileSync(join(dir, file)));
    const weight = Number(match[2]) as WorkerFont['weight'];
    list.push({ name: IMAGE_FONTS[match[1] as 'serif' | 'sans'], file: join(dir, file), weight, style: 'normal' });
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
 * Counts for the build log: images drawn, images taken from the cache, the time the workers spent drawing, and
 * the time the build waited for images. On globalThis, because the build bundles this module into its own chunk,
 * and the integration that logs the counts (astro.config.mjs) reads them from outside it.
 */
export const imageStats: { drawn: number; cached: number; drawingMs: number; ms: number; workers: number } = ((
  globalThis as {
    __buildImageStats?: { drawn: number; cached: number; drawingMs: number; ms: number; workers: number };
  }
).__buildImageStats ??= { drawn: 0, cached: 0, drawingMs: 0, ms: 0, workers: 0 });

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

/**
 * The worker threads, started at the first image to draw, one per core: on two cores one of them shares a core
 * with the main thread while pages render, and both have the machine once the pages wait for their images. Idle
 * workers do not keep the process alive.
 */
class DrawingPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, ImageJob>();
  private readonly queue: ImageJob[] = [];
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private started = 0;
  private nextId = 1;

  private readonly root: string;
  private readonly size: number;

  constructor(root: string, size: number) {
    this.root = root;
    this.size = size;
  }

  /** Draws the tree into the cache file; `first` puts it before the images drawn ahead, as a page waits for it. */
  draw(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions, file: string, first: boolean): Promise<void> {
    const job: ImageJob = { id: this.nextId++, tree, format, width: options.width, height: options.height, file };
    const done = new Promise<void>((resolve, reject) => this.waiting.set(job.id, { resolve, reject }));
    if (first) this.queue.unshift(job);
    else this.queue.push(job);
    this.next();
    return done;
  }

  /** A page waits for this image: if it is still queued, it is drawn next. */
  hurry(file: string): void {
    const at = this.queue.findIndex((job) => job.file === file);
    if (at > 0) this.queue.unshift(...this.queue.splice(at, 1));
  }

  private next(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as ImageJob;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage(job);
    }
  }

  private start(): Worker {
    this.started += 1;
    imageStats.workers = Math.max(imageStats.workers, this.started);
    const worker = new Worker(join(this.root, WORKER_FILE), {
      workerData: { fonts: loadFonts(this.root).list },
      // A small young generation: satori's garbage is collected sooner. 55 to 90 MB less memory for two workers,
      // for about 2% more time drawing (measured with 60 cards).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.on('message', (result: ImageJobResult) => {
      this.busy.delete(worker);
      this.idle.push(worker);
      worker.unref();
      const waiting = this.waiting.get(result.id);
      this.waiting.delete(result.id);
      if ('error' in result) waiting?.reject(new Error(`An image could not be drawn: ${result.error}`));
      else {
        imageStats.drawn += 1;
        imageStats.drawingMs += result.ms;
        waiting?.resolve();
      }
      this.next();
    });
    // A worker that dies takes its image with it; the next image starts a new one.
    worker.on('error', (error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.started -= 1;
      if (job) {
        this.waiting.get(job.id)?.reject(error);
        this.waiting.delete(job.id);
      }
      this.next();
    });
    return worker;
  }
}

let pool: DrawingPool | undefined;
/** Images being drawn, by cache file: a page that asks for one waits for the worker already drawing it. */
const drawing = new Map<string, Promise<void>>();

function cacheFile(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions): string {
  const root = options.root ?? process.cwd();
  const dir = options.cacheDir ?? join(root, IMAGE_CACHE_DIR);
  return join(dir, `${imageKey(tree, format, options)}.${format}`);
}

function startDrawing(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions, file: string, first: boolean) {
  const root = options.root ?? process.cwd();
  pool ??= new DrawingPool(root, Math.max(1, availableParallelism()));
  const done = pool.draw(tree, format, options, file, first);
  drawing.set(file, done);
  // Drawn ahead and never asked for (or asked for later): its failure is reported to whoever asks, not as an
  // unhandled rejection.
  done.catch(() => undefined);
  return done;
}

async function draw(tree: ImageNode, format: 'svg' | 'png', options: DrawOptions): Promise<Buffer> {
  const start = performance.now();
  const file = cacheFile(tree, format, options);
  let pending = drawing.get(file);
  if (!pending) {
    try {
      const cached = readFileSync(file);
      imageStats.cached += 1;
      imageStats.ms += performance.now() - start;
      return cached;
    } catch {
      // Not drawn yet: a worker draws it now.
      pending = startDrawing(tree, format, options, file, true);
    }
  }
  pool?.hurry(file);
  try {
    await pending;
  } finally {
    drawing.delete(file);
  }
  imageStats.ms += performance.now() - start;
  return readFileSync(file);
}

/**
 * Starts drawing every tree that is not in the cache, in the worker threads, and returns at once: `drawPng` or
 * `drawSvg` later takes each image as soon as it is drawn. The share cards' endpoint hands over every card this
 * way, and Astro asks each endpoint for its pages before it renders any page.
 */
export function drawAhead(trees: Iterable<ImageNode>, format: 'svg' | 'png', options: DrawOptions): void {
  for (const tree of trees) {
    const file = cacheFile(tree, format, options);
    if (!drawing.has(file) && !existsSync(file)) startDrawing(tree, format, options, file, false);
  }
}

/** The tree drawn as a PNG (from the cache when nothing that makes it has changed). */
export const drawPng = (tree: ImageNode, options: DrawOptions): Promise<Buffer> => draw(tree, 'png', options);

/** The tree drawn as a self-contained SVG: text as outlines, so it looks the same without the fonts. */
export const drawSvg = (tree: ImageNode, options: DrawOptions): Promise<Buffer> => draw(tree, 'svg', options);
