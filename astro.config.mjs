// @ts-check
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './site.config.mjs';
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
        const files = new Map();
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (file.endsWith('.html')) files.set(file.split(sep).join('/'), readFileSync(join(outDir, file), 'utf8'));
        }
        const problems = findIdProblems(files, { origin: SITE_URL });
        const shown = relative(root, outDir).split(sep).join('/') || '.';
        if (problems.length > 0) {
          throw new Error(
            `${problems.length} broken id(s) or link(s) in the built pages. This is a bug in the site's code, not in the ` +
              `content: please report it with this message.\n${problems.map((p) => `  ${shown}/${p}`).join('\n')}`,
          );
        }
        logger.info(
          `${files.size} pages: ids unique, fragment links resolve (${Math.round(performance.now() - start)} ms)`,
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
 * Says in the build log how many images (share cards, chart downloads) were drawn and how many came from the
 * cache (src/model/images.ts), and the time they took: the cost a build pays for them.
 * @returns {import('astro').AstroIntegration}
 */
function imageReport() {
  return {
    name: 'images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const stats = /** @type {{ __buildImageStats?: { drawn: number; cached: number; ms: number } }} */ (globalThis)
          .__buildImageStats;
        if (!stats) return;
        logger.info(
          `${stats.drawn} drawn, ${stats.cached} from the cache (node_modules/.cache/og/), ${Math.round(stats.ms)} ms`,
        );
      },
    },
  };
}

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Two content entries that resolve to one URL must fail the build, not silently shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [
    contentCheckFirst(),
    draftsInDevOnly(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/components/') }),
    uniqueIdsInBuild(),
    imageReport(),
  ],
  vite: {
    plugins: [tailwindcss()],
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
