/**
 * Each kind of page loads one stylesheet with only the utilities its components use (src/styles/pages/). A page
 * whose markup uses a class its stylesheet lacks would show that element unstyled; this names the page, the class
 * and what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../support/dist';
import { classNamesInCss, classNamesInHtml, unstyledClasses, utilityClassNames } from '../../tools/lib/css-classes';
import { DIST } from '../../tools/lib/paths';

const stylesheetsOf = (document: Document) =>
  [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
// A page's rules: its inlined stylesheet (astro.config.mjs) and any it links (the map links its own).
const stylesheetText = (document: Document) =>
  [
    ...stylesheetsOf(document).map((href) => readFileSync(join(DIST, href), 'utf8')),
    ...[...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
  ].join('\n');
const cssOf = (document: Document) => classNamesInCss(stylesheetText(document));

// The catalogue shows every component, so its stylesheet has every utility any page can need.
const everywhere = utilityClassNames(stylesheetText(builtPage('/components/').document));

describe('every class a page uses has its rules on that page', () => {
  it.each(builtPages().map((p) => [p.path, p.document, p.html] as const))('%s', (_path, document, html) => {
    const missing = unstyledClasses(classNamesInHtml(html), cssOf(document), everywhere);
    expect(
      missing,
      `utilities this page uses but its stylesheet lacks: add the component's folder as an @source to this page's entry in src/styles/pages/`,
    ).toEqual([]);
  });

  it('would notice a page whose stylesheet lacks a utility it uses', () => {
    const home = builtPage('/');
    const labelRoom = [...classNamesInHtml(home.html)].filter((name) => name.startsWith('shift-label-'));
    expect(labelRoom).toHaveLength(1);
    const withoutLabelRoom = new Set([...cssOf(home.document)].filter((name) => !labelRoom.includes(name)));
    expect(unstyledClasses(classNamesInHtml(home.html), withoutLabelRoom, everywhere)).toEqual(labelRoom);
  });
});

describe('reading class names', () => {
  it('tells the utilities from the other rules', () => {
    const css =
      '@layer components{.trade-panel .bar{}}@layer utilities{.mt-4{margin-top:1rem}@media (width>=40rem){.sm\\:flex{display:flex}}}';
    expect([...utilityClassNames(css)].sort()).toEqual(['mt-4', 'sm:flex']);
  });

  it('unescapes variants and arbitrary values', () => {
    const names = classNamesInCss('.sm\\:mt-4{margin:0}.text-\\[0\\.85em\\]{font-size:.85em}.a>.b:hover{}');
    expect([...names]).toEqual(expect.arrayContaining(['sm:mt-4', 'text-[0.85em]', 'a', 'b']));
  });
});
