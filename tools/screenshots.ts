/**
 * `npm run screenshots [-- /path/ …]`: serves dist/ on 127.0.0.1 and saves full-page screenshots of each page at
 * phone and desktop width, light and dark, into .tmp/screenshots/ — for a person to look at before shipping. With
 * no paths it takes every page in the sitemap, plus the 404 page and the component catalogue.
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'astro';
import { launchChromium, sitemapPaths, VIEWPORTS } from './lib/browser.ts';

const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
const baseUrl = `http://127.0.0.1:${server.port}`;
const browser = await launchChromium();
try {
  const paths = process.argv.slice(2).length ? process.argv.slice(2) : await sitemapPaths(baseUrl);
  for (const path of paths) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        await page.goto(`${baseUrl}${path}`);
        const file = `${out}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${name}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
