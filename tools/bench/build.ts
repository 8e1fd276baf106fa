/**
 * `npm run bench`: how the build scales with the number of briefings. In a throwaway copy of the site, adds 1, 100
 * and 1,000 synthetic briefings to the real ones, each shaped like the first real briefing (the same MDX: its citations,
 * key-events selection, trade panel and claim checks, under a new title and slug), builds each cold three times,
 * interleaved so that a slow spell on the machine does not land on one size, and reports the median wall time, the
 * time per extra page, peak memory and each phase the build logs (content check, content sync, bundling, page
 * generation, and every post-build step that times itself: ids, search index, share images).
 *
 *   npm run bench                      # 1, 100 and 1,000 briefings, three cold builds each
 *   npm run bench -- 1 100 --runs 1    # other sizes, fewer runs
 *   npm run bench -- --peer ../blog    # also an Astro blog starter at /path with the same article (docs/PERFORMANCE.md)
 *   npm run bench -- --peer bare       # also a bare Astro + MDX site written here, when the starter cannot be had
 *   npm run bench -- --baseline ../base  # also another checkout of this site (e.g. `git worktree add ../base main`)
 *
 * A benchmark, not a test: it prints numbers. Targets (issue 12): 1,000 briefings in under 12 s and 1.2 GB, and
 * under 10 ms per extra page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPhases } from '../lib/build-log.ts';
import { copySite } from '../lib/site-copy.ts';

const ROOT = process.cwd();
const MODEL = 'how-kazakhstan-changed-after-the-invasion';

interface Options {
  sizes: number[];
  runs: number;
  peer?: string;
  /** Another checkout of this site, built the same way, to compare before and after in one run. */
  baseline?: string;
}

function parseOptions(args: string[]): Options {
  const options: Options = { sizes: [], runs: 3 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--runs') options.runs = Number(args[++i]);
    else if (arg === '--peer') options.peer = args[++i] ?? '';
    else if (arg === '--baseline') options.baseline = args[++i] ?? '';
    else if (/^\d+$/.test(arg)) options.sizes.push(Number(arg));
    else throw new Error(`npm run bench: unknown argument "${arg}" (sizes, --runs N, --peer DIR, --baseline DIR)`);
  }
  if (options.sizes.length === 0) options.sizes = [1, 100, 1000];
  if (!(options.runs >= 1)) throw new Error('npm run bench: --runs needs a number of at least 1');
  return options;
}

/** One cold build's numbers: wall time, peak resident memory, and the phases its log reports, all in ms / MB. */
interface BuildResult {
  wall: number;
  peakMb: number;
  pages: number;
  phases: Map<string, number>;
}

function coldBuild(dir: string, command: string[]): BuildResult {
  // node_modules/.cache holds drawn share cards and chart images (src/model/images.ts): cold means drawn afresh.
  for (const cache of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache',
    '.cache',
  ]) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
  const start = performance.now();
  // GNU time's %M: the peak resident set of the build process, in KB.
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', ...command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed in ${dir}:\n${log.slice(-4000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
  return { wall, peakMb: Number(/peak-rss-kb (\d+)/.exec(log)?.[1] ?? 0) / 1024, pages, phases: buildPhases(log) };
}

/** The first briefing under a new title and slug, `count` times, beside the real ones (which link to each other). */
function writeSyntheticBriefings(dir: string, count: number): void {
  const folder = join(dir, 'content/briefings');
  const model = readFileSync(join(folder, `${MODEL}.mdx`), 'utf8');
  for (let i = 1; i <= count; i++) {
    const text = model.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title}, benchmark copy ${i}"`);
    writeFileSync(join(folder, `benchmark-briefing-${i}.mdx`), text);
  }
}

/**
 * The least an Astro site with this article as MDX can be: one content collection, one page per post with the
 * text in a plain HTML shell, an index. Built with this project's own Astro and MDX, so it measures what our
 * pages add. A stand-in for the blog starter where that cannot be installed (create-astro fetches it from GitHub).
 */
function writeBarePeer(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'package.json': '{ "name": "bare-peer", "private": true, "type": "module" }\n',
    'astro.config.mjs': `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org', integrations: [mdx()] });\n`,
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      'const blog = defineCollection({',
      "  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/blog' }),",
      '  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),',
      '});',
      'export const collections = { blog };',
    ].join('\n'),
    'src/layouts/Page.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>',
      '<body><main><h1>{title}</h1><slot /></main></body></html>',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      "import Page from '../layouts/Page.astro';",
      "const posts = await getCollection('blog');",
      '---',
      '<Page title="Posts"><ul>{posts.map((p) => <li><a href={`/blog/${p.id}/`}>{p.data.title}</a></li>)}</ul></Page>',
    ].join('\n'),
    'src/pages/blog/[...slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Page from '../../layouts/Page.astro';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('blog')).map((post) => ({ params: { slug: post.id }, props: { post } }));",
      '}',
      'const { post } = Astro.props;',
      'const { Content } = await render(post);',
      '---',
      '<Page title={post.data.title}><Content /></Page>',
    ].join('\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** A peer Astro project (e.g. the blog starter) with the same article `count` times as MDX in its blog collection. */
function writePeerPosts(dir: string, count: number): void {
  const folder = join(dir, 'src/content/blog');
  const body = readFileSync(join(ROOT, 'content/briefings', `${MODEL}.mdx`), 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    // The peer has none of this site's components: keep their words, drop the tags.
    .replace(/<\/?[A-Z][^>]*>/g, '');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const front = `---\ntitle: 'Benchmark copy ${i}'\ndescription: 'The same article as the briefing.'\npubDate: 'Nov 27 2026'\n---\n`;
    writeFileSync(join(folder, `benchmark-${i}.mdx`), front + body);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const astro = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const subjects: { label: string; size: number; dir: string; command: string[] }[] = [];
  for (const size of options.sizes) {
    const dir = copySite('bench-build-');
    writeSyntheticBriefings(dir, size);
    subjects.push({ label: 'this site', size, dir, command: astro });
    if (options.baseline) {
      const base = copySite('bench-baseline-', resolve(options.baseline));
      writeSyntheticBriefings(base, size);
      subjects.push({ label: 'baseline', size, dir: base, command: astro });
    }
    if (options.peer) {
      const peer = join(tmpdir(), `bench-peer-${size}-${process.pid}`);
      if (options.peer === 'bare') writeBarePeer(peer);
      else cpSync(options.peer, peer, { recursive: true, filter: (path) => !/\/(dist|\.astro)$/.test(path) });
      if (!existsSync(join(peer, 'node_modules'))) throw new Error(`${options.peer} needs its node_modules installed`);
      writePeerPosts(peer, size);
      subjects.push({
        label: 'peer',
        size,
        dir: peer,
        command: [process.execPath, join(peer, 'node_modules/astro/bin/astro.mjs'), 'build'],
      });
    }
  }
  const results = new Map(subjects.map((s) => [s, [] as BuildResult[]]));
  const runsOf = (subject: (typeof subjects)[number]) => results.get(subject) ?? [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      for (const subject of subjects) {
        const result = coldBuild(subject.dir, subject.command);
        runsOf(subject).push(result);
        console.log(
          `run ${run}: ${subject.label}, ${subject.size} briefing(s): ${seconds(result.wall)}, ${result.pages} pages, peak ${result.peakMb.toFixed(0)} MB`,
        );
      }
    }
  } finally {
    for (const subject of subjects) rmSync(subject.dir, { recursive: true, force: true });
  }

  const phaseNames = [...new Set([...results.values()].flatMap((rs) => rs.flatMap((r) => [...r.phases.keys()])))];
  console.log(`\nmedian of ${options.runs} cold build(s), wall clock including start-up\n`);
  console.log(
    ['subject', 'briefings', 'pages', 'wall', 'peak memory', ...phaseNames].map((h) => h.padEnd(14)).join(' '),
  );
  for (const [subject, runs] of results) {
    const cells = [
      subject.label,
      String(subject.size),
      String(runs[0]?.pages ?? 0),
      seconds(median(runs.map((r) => r.wall))),
      `${median(runs.map((r) => r.peakMb)).toFixed(0)} MB`,
      ...phaseNames.map((name) => seconds(median(runs.map((r) => r.phases.get(name) ?? 0)))),
    ];
    console.log(cells.map((c) => c.padEnd(14)).join(' '));
  }
  for (const label of new Set(subjects.map((s) => s.label))) {
    const own = subjects.filter((s) => s.label === label).sort((a, b) => a.size - b.size);
    const [small, large] = [own[0], own.at(-1)];
    if (!small || !large || small === large) continue;
    const extra =
      (median(runsOf(large).map((r) => r.wall)) - median(runsOf(small).map((r) => r.wall))) / (large.size - small.size);
    console.log(`\n${label}: ${extra.toFixed(1)} ms per extra briefing (${small.size} → ${large.size})`);
  }
}

main();
