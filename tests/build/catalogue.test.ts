/**
 * The component catalogue as built: /components/ shows every component with its example and the example's MDX,
 * and stays out of search engines, the sitemap and (once it exists) site search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_COMPONENTS, propNames } from '~/components/registry';
import { ROOT } from '../../tools/lib/paths';
import { builtPage, distFiles, distText } from '../support/dist';

const page = builtPage('/components/');
const { document } = page;
const FOLDER = join(ROOT, 'src/components/catalogue');
const sourceOf = (name: string) => readFileSync(join(FOLDER, `${name}.mdx`), 'utf8').trim();
/** As Astro escapes text it writes into the page. */
const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const names = Object.keys(PAGE_COMPONENTS);

describe('the component catalogue, /components/', () => {
  it('is built from one example per component', () => {
    const examples = readdirSync(FOLDER).filter((f) => f.endsWith('.mdx'));
    expect(examples).toHaveLength(names.length);
  });

  it('asks search engines not to index it and keeps its content out of site search', () => {
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const ignored = document.querySelector('main [data-pagefind-ignore="all"]');
    expect(ignored?.querySelector('h1')).not.toBeNull();
    expect(ignored?.querySelectorAll('section[data-component]')).toHaveLength(names.length);
  });

  it('is not in the sitemap', () => {
    const sitemaps = distFiles().filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps).toContain('sitemap-0.xml');
    for (const file of sitemaps) expect(distText(file)).not.toContain('/components/');
  });

  it.each(names)('shows <%s>: its heading, props, a live example and its MDX as written', (name) => {
    const heading = document.getElementById(name);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent?.trim()).toBe(name);
    const section = document.querySelector(`section[data-component="${name}"]`);
    expect(section?.getAttribute('aria-labelledby')).toBe(name);
    expect(document.querySelector(`nav a[href="#${name}"]`)).not.toBeNull();

    const props = [...(section?.querySelectorAll('[data-prop]') ?? [])].map((li) => li.getAttribute('data-prop'));
    expect(props).toEqual(propNames(PAGE_COMPONENTS)[name]?.props);

    const example = section?.querySelector('[data-example]');
    // Inside the prose wrapper, what the component rendered.
    expect(example?.firstElementChild?.children.length).toBeGreaterThan(0);

    expect(section?.querySelector('pre code')?.textContent).toBe(sourceOf(name));
    expect(page.html).toContain(escapeHtml(sourceOf(name)));
  });

  it('numbers the examples’ citations and lists their sources, each linking back', () => {
    const items = [...document.querySelectorAll('section[aria-labelledby="sources-heading"] > ol > li')];
    const cites = [...document.querySelectorAll('sup.cite a')];
    expect(cites.length).toBeGreaterThan(0);
    for (const cite of cites) {
      const target = document.getElementById(cite.getAttribute('href')!.slice(1));
      expect(cite.textContent).toBe(`[${items.indexOf(target!) + 1}]`);
    }
    for (const item of items) {
      const backlinks = [...item.querySelectorAll('a[href^="#cite-"]')].map((b) => b.getAttribute('href'));
      expect(backlinks).toEqual(cites.filter((c) => c.getAttribute('href') === `#${item.id}`).map((c) => `#${c.id}`));
    }
  });
});
