// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './site.config.mjs';

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

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Two content entries that resolve to one URL must fail the build, not silently shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [draftsInDevOnly(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
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
