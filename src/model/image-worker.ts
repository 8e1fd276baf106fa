/**
 * A worker thread that draws the build's images (src/model/images.ts starts it): satori lays an element tree out
 * into SVG, resvg renders the PNG, and the result is written into the image cache, which is how the build takes it.
 * Drawing a share card costs about 50 ms of CPU, and a build of 1,000 briefings draws 1,000 of them: in worker
 * threads they are drawn on every core while the main thread renders the pages.
 *
 * Node runs this file as it is (its types are only erased), outside the build's bundle: it imports nothing of the
 * project's, and takes the fonts as files.
 */
import { renameSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** A font as satori takes it, but named by its file. */
export interface WorkerFont {
  name: string;
  file: string;
  weight: 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;
  style: 'normal';
}

/** One image to draw, and the cache file to write it to. */
export interface ImageJob {
  id: number;
  tree: unknown;
  format: 'svg' | 'png';
  width: number;
  height?: number | undefined;
  file: string;
}

export type ImageJobResult = { id: number; ms: number } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('src/model/image-worker.ts runs as a worker thread of src/model/images.ts only.');

const fonts = (workerData as { fonts: WorkerFont[] }).fonts.map(({ file, ...font }) => ({
  ...font,
  data: readFileSync(file),
}));

async function drawJob(job: ImageJob): Promise<void> {
  const size = job.height === undefined ? { width: job.width } : { width: job.width, height: job.height };
  // The tree is plain data in the shape satori reads (see src/lib/share/image-node.ts).
  const svg = await satori(job.tree as Parameters<typeof satori>[0], { ...size, fonts });
  const bytes =
    job.format === 'svg'
      ? Buffer.from(svg)
      : Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng());
  mkdirSync(dirname(job.file), { recursive: true });
  // Written under a temporary name first, so a build stopped half-way never leaves a broken image in the cache.
  const partial = `${job.file}.${process.pid}.${job.id}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, job.file);
}

port.on('message', (job: ImageJob) => {
  const start = performance.now();
  drawJob(job).then(
    () => port.postMessage({ id: job.id, ms: performance.now() - start } satisfies ImageJobResult),
    (error: unknown) =>
      port.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies ImageJobResult),
  );
});
