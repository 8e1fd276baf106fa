// @ts-check
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { SITE_URL } from './site.config.mjs';
import { keepHashesInUse } from './src/lib/site/csp-trim.ts';
import { briefingTextPlugin } from './src/lib/briefing/briefing-text.ts';
import { findIdProblems } from './src/lib/site/html-ids.ts';

/**
 * Drafts show in `astro dev` only. Keyed to the command rather than NODE_ENV or the Vite mode, which a CI runner
 * or test harness may set (NODE_ENV=test makes Vite treat a build as development and would publish drafts).
 * @returns {import('astro').AstroIntegration}
 */
function draftsInDevOnly() {
  return {
    name: 'drafts-in-dev-only',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}

/**
 * Each page's Content-Security-Policy keeps only the hashes of its own inline scripts and styles (see
 * src/lib/site/csp-trim.ts for why Astro lists more).
 * @returns {import('astro').AstroIntegration}
 */
function cspHashesInUse() {
  return {
    name: 'csp-hashes-in-use',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        let pages = 0;
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(outDir, file);
          const html = readFileSync(path, 'utf8');
          const trimmed = await keepHashesInUse(html);
          if (trimmed !== html) writeFileSync(path, trimmed);
          pages += 1;
        }
        logger.info(
          `${pages} pages: policies trimmed to the hashes in use (${Math.round(performance.now() - start)} ms)`,
        );
      },
    },
  };
}

/**
 * Every built page has unique ids and no link to a fragment that is not there. Components take unique ids (see
 * src/lib/site/html-ids.ts) and the content check catches editors' mistakes first, so a problem here is a bug.
 * @returns {import('astro').AstroIntegration}
 */
function uniqueIdsInBuild() {
  let root = process.cwd();
  return {
    name: 'unique-ids-in-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        // One page at a time: only its ids and links are kept, never the whole site's HTML at once.
        /** @returns {Generator<[string, string]>} */
        function* read() {
          for (const file of pages) yield [file.split(sep).join('/'), readFileSync(join(outDir, file), 'utf8')];
        }
        const problems = findIdProblems(read(), { origin: SITE_URL });
        const shown = relative(root, outDir).split(sep).join('/') || '.';
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} broken id(s) or link(s) in the built pages. This is a bug in the site's code, not in the ` +
              `content: please report it with this message.\n${problems.map((p) => `  ${shown}/${p}`).join('\n')}`,
          );
        }
        logger.info(
          `${pages.length} pages: ids unique, fragment links resolve (${Math.round(performance.now() - start)} ms)`,
        );
      },
    },
  };
}

/**
 * `npm run build` starts with the content check (`npm run check:content`): every mistake in every file, reported
 * together with its line, before Astro's own content loading stops at the first one.
 * @returns {import('astro').AstroIntegration}
 */
function contentCheckFirst() {
  return {
    name: 'content-check-first',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const result = spawnSync(
          process.execPath,
          ['--import', './tools/lib/alias-hooks.mjs', 'tools/check-content.ts', process.cwd()],
          { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' },
        );
        if (result.status !== 0) {
          // The report is the whole message: a stack trace under it would only bury the editor's mistakes.
          logger.error(`The content has mistakes; nothing was built.\n\n${result.stdout}${result.stderr}`);
          process.exit(1);
        }
        const report = result.stdout.trim();
        // Notices ("GE is Georgia…") are not errors, but an editor should see them in the build log too.
        if (report.includes('To check (not errors):')) logger.warn(report.slice(report.indexOf('To check')));
        else logger.info(report.split('\n').at(-1) ?? 'Content checked.');
      },
    },
  };
}

/**
 * The site search's index (Pagefind), built from the finished pages as the build's last step, so `npm run build`
 * always leaves a matching index in dist/pagefind/. A child process, as the content check is, so the indexing code
 * can use the project's TypeScript as it is (tools/search-index.ts).
 * @returns {import('astro').AstroIntegration}
 */
function searchIndexLast() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(new URL('.', import.meta.url));
        const result = spawnSync(
          process.execPath,
          ['--import', './tools/lib/alias-hooks.mjs', 'tools/search-index.ts', process.cwd(), fileURLToPath(dir)],
          { cwd: root, encoding: 'utf8' },
        );
        if (result.status !== 0) {
          throw new Error(`The search index could not be built:\n${result.stdout}${result.stderr}`);
        }
        logger.info(result.stdout.trim());
      },
    },
  };
}

/**
 * Says in the build log how many images (share cards, chart downloads) were drawn and how many came from the
 * cache (src/model/images.ts), the drawing time they cost in the worker threads, and how long the pages waited for
 * them: the cost a build pays for them.
 * @returns {import('astro').AstroIntegration}
 */
function imageReport() {
  return {
    name: 'images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const stats =
          /** @type {{ __buildImageStats?: { drawn: number; cached: number; drawingMs: number; ms: number; workers: number } }} */ (
            globalThis
          ).__buildImageStats;
        if (!stats) return;
        const drawing =
          stats.drawn > 0 ? ` (${stats.workers} worker threads, ${Math.round(stats.drawingMs)} ms of drawing)` : '';
        logger.info(
          `${stats.drawn} drawn${drawing}, ${stats.cached} from the cache (node_modules/.cache/og/); pages waited for them in ${Math.round(stats.ms)} ms`,
        );
      },
    },
  };
}

/**
 * `import url from 'lazy-url:~/client/x.ts'`: the built address of a module, for `import(url)` later, so a page
 * loads it only when needed. A plain `import('~/client/x')` would do the same, but Vite wraps every dynamic import
 * it bundles in a 2 KB preload helper, and there is no option to leave it out: the header search's bootstrap is on
 * every page, so it imports by address instead (src/components/search/SiteSearch.astro). The module is emitted as
 * a chunk of its own (sharing code with the others as usual); in `npm run dev` the address is its source file's.
 * @returns {import('vite').Plugin}
 */
function lazyModuleUrl() {
  const PREFIX = 'lazy-url:';
  let serving = false;
  return {
    name: 'lazy-module-url',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const module = id.slice(PREFIX.length + 1);
      if (serving || this.environment?.name !== 'client') {
        return `export default ${JSON.stringify(module.replace(/^~\//, '/src/'))};`;
      }
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: module })};`;
    },
  };
}

/**
 * The inline theme snippet's hash: BaseLayout inlines the file as it is, so the policy can allow exactly it.
 * @type {`sha256-${string}`}
 */
const THEME_SNIPPET_HASH = `sha256-${createHash('sha256')
  .update(readFileSync(new URL('./src/client/theme-snippet.js', import.meta.url)))
  .digest('base64')}`;

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Two content entries that resolve to one URL must fail the build, not silently shadow each other.
  prerenderConflictBehavior: 'error',
  // Each page's one stylesheet (3.4 to 6 KB brotli: src/styles/pages/) is written into its head: the first screen
  // then needs one request, not two, which on Lighthouse's slow phone link is the difference between an LCP over
  // and under a second (docs/PERFORMANCE.md). The price is those bytes again on each page a reader opens. Astro
  // hashes every stylesheet it inlines into the policy below; a style it did not hash would fail
  // tests/build/security.test.ts ('always', unlike 'auto', leaves no component's <style> to chance).
  build: { inlineStylesheets: 'always' },
  security: {
    // Each page gets a <meta http-equiv="content-security-policy">: Astro adds script-src and style-src with 'self'
    // and a hash of every script and style it inlines; everything else is refused unless listed here. No
    // 'unsafe-inline', no 'unsafe-eval', and so no inline style attributes anywhere (tests/build/security.test.ts).
    // frame-ancestors cannot be set from a <meta>: public/_headers sends it as a header (docs/DEPLOY.md).
    csp: {
      // The site search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval': it lets a page compile
      // WebAssembly from this site's own files, and no JavaScript eval (no 'unsafe-eval').
      // The theme snippet is inlined as it is (is:inline), which Astro does not hash by itself.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_SNIPPET_HASH] },
      // Only what the site uses: its own images, the search's fetches and worker. No fonts or manifest to allow.
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        // The site search: Pagefind runs its index in a worker of this site (pagefind/pagefind-worker.js).
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // MDX inherits this. Citations become plain HTML as each briefing compiles, and what the page needs to know
    // about the text is worked out there too (src/lib/briefing/briefing-text.ts): no briefing is parsed at render time.
    processor: satteri({ hastPlugins: [briefingTextPlugin(new URL('./content/briefings/', import.meta.url))] }),
  },
  integrations: [
    contentCheckFirst(),
    draftsInDevOnly(),
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4'] } }),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/components/') }),
    cspHashesInUse(),
    uniqueIdsInBuild(),
    searchIndexLast(),
    imageReport(),
  ],
  vite: {
    plugins: [tailwindcss(), lazyModuleUrl()],
    build: {
      rollupOptions: {
        // Astro's MDX pipeline emits a harmless "use astro:head-inject" directive that Rolldown warns about for
        // every briefing; hiding it keeps the build log readable for editors. Other warnings still show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
