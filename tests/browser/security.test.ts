/**
 * Every page in a real browser, served with the site's own headers (tests/support/serve-site.ts): the
 * Content-Security-Policy blocks nothing the page needs, nothing logs an error, and nothing is fetched from another
 * origin. Pages are opened with their scripts running and, where a page has them, its controls used once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, sitemapPaths, VIEWPORTS } from '../../tools/lib/browser';

const baseUrl = inject('baseUrl');
const paths = [...new Set([...(await sitemapPaths(baseUrl)), '/404.html', '/components/', '/no-such-page/'])];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records what a reader never sees but a broken page shows: violations, errors, foreign requests. */
async function visit(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      list.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  page.on('console', (message) => {
    // A missing page answers 404 by design; the browser logs that as a failed resource.
    if (message.type() === 'error' && !(path === '/no-such-page/' && message.text().includes('404'))) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to ${request.url()}`);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return {
    page,
    problems: async () => [
      ...problems,
      ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
    ],
  };
}

describe('with the site’s Content-Security-Policy and headers', () => {
  it.each(paths)('%s loads and runs with no violation, no error and nothing from another origin', async (path) => {
    const { page, problems } = await visit(path);
    // Use the page's interactive parts once, so their scripts run under the policy too; wait for what each one
    // does (a preview, an open panel, a chosen view), then for the network to settle.
    const marker = page.locator('a.cite-link').first();
    if (await marker.count()) {
      await marker.click();
      await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('true');
    }
    const filters = page.locator('summary.timeline-filters-summary').first();
    if (await filters.count()) {
      await filters.click();
      await expect.poll(() => filters.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    }
    const tradeSwitch = page.locator('a.trade-switch:visible').nth(1);
    if (await tradeSwitch.count()) {
      await tradeSwitch.click();
      await expect.poll(() => tradeSwitch.getAttribute('aria-current')).not.toBeNull();
    }
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('runs the citation previews, so the policy lets the page’s own hashed scripts through', async () => {
    const { page, problems } = await visit('/briefings/how-kazakhstan-changed-after-the-invasion/');
    await page.locator('a.cite-link').first().click();
    await expect.poll(() => page.evaluate(() => !!document.querySelector('#cite-preview:popover-open'))).toBe(true);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });

  it('blocks a script that is not the build’s own, and reports it', async () => {
    const { page } = await visit('/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return {
        injected: (window as unknown as { __injected?: boolean }).__injected ?? false,
        violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
      };
    });
    expect(ran.injected).toBe(false);
    expect(ran.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    await page.context().close();
  });

  it('sends the headers public/_headers sets, compressed as a host would', async () => {
    const response = await fetch(`${baseUrl}/`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-encoding')).toBe('br');
  });
});
