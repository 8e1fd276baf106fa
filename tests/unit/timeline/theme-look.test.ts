import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isFlagged, STATUS_MEANINGS } from '~/lib/timeline/status';
import { ICONS, iconId, SWATCHES, themeLook } from '~/lib/timeline/theme-look';
import { themePages, themePath } from '~/lib/timeline/theme-pages';
import { ROOT } from '../../../tools/lib/paths';

const taxonomy = Object.keys(load(readFileSync(join(ROOT, 'content/taxonomy/themes.yaml'), 'utf8')) as object);
const css = readFileSync(join(ROOT, 'src/styles/timeline.css'), 'utf8');

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme looks', () => {
  it('gives every theme in the taxonomy its own colour and its own icon', () => {
    const looks = taxonomy.map(themeLook);
    expect(looks.every((look) => look.swatch !== 'neutral' && look.icon !== 'dot')).toBe(true);
    expect(new Set(looks.map((l) => l.swatch)).size).toBe(taxonomy.length);
    expect(new Set(looks.map((l) => l.icon)).size).toBe(taxonomy.length);
  });

  it('gives a theme it does not know a neutral dot, whatever its id', () => {
    expect(themeLook('new-theme')).toEqual({ icon: 'dot', swatch: 'neutral' });
    expect(themeLook('constructor')).toEqual({ icon: 'dot', swatch: 'neutral' });
  });

  it('has a light and a dark value for every colour in the stylesheet, and a rule naming it', () => {
    for (const swatch of SWATCHES) {
      expect(
        css.match(new RegExp(`--timeline-${swatch}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`, 'g')),
        swatch,
      ).toHaveLength(1);
      expect(css).toContain(`[data-swatch='${swatch}'] {\n    --swatch: var(--timeline-${swatch});`);
    }
  });

  it('reads at AA as text on the paper, the raised paper (a shaded year) and a highlighted event, light and dark', () => {
    const global = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    // Each token holds its light value, then its dark one, in one light-dark(), in global.css and timeline.css.
    const values = (text: string, token: string) =>
      new RegExp(`${token}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\);`).exec(text)?.slice(1) ?? [];
    const backgrounds = ['--color-paper', '--color-paper-raised', '--color-warn-soft'].map((t) => values(global, t));
    for (const swatch of SWATCHES) {
      const [light, dark] = values(css, `--timeline-${swatch}`);
      for (const [bgLight, bgDark] of backgrounds) {
        expect(contrast(light!, bgLight!), `${swatch} on ${bgLight}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark!, bgDark!), `${swatch} on ${bgDark}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('names each icon symbol for the page', () => {
    expect(Object.keys(ICONS).map((icon) => iconId(icon as keyof typeof ICONS))).toContain('timeline-icon-drop');
  });
});

describe('theme pages', () => {
  const events = [
    { themes: ['energy', 'trade'], actors: [] },
    { themes: ['energy'], actors: [] },
    { themes: ['war'], actors: [] },
  ];
  const names = new Map([
    ['war', 'War'],
    ['sanctions', 'Sanctions'],
    ['energy', 'Energy'],
    ['trade', 'Trade'],
  ]);

  it('makes a page for each theme some event has, in the taxonomy order, with its count', () => {
    expect(themePages(names, events)).toEqual([
      { theme: 'war', name: 'War', count: 1 },
      { theme: 'energy', name: 'Energy', count: 2 },
      { theme: 'trade', name: 'Trade', count: 1 },
    ]);
  });

  it('puts each page under /timeline/', () => {
    expect(themePath('energy')).toBe('/timeline/energy/');
  });
});

describe('statuses', () => {
  it('labels only the exceptions beside the headline', () => {
    expect(Object.keys(STATUS_MEANINGS).filter((s) => isFlagged(s as keyof typeof STATUS_MEANINGS))).toEqual([
      'reported',
      'disputed',
    ]);
  });
});
