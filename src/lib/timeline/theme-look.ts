/**
 * Each theme's look: a colour and an icon, always shown with the theme's name (never colour or icon alone). The
 * icons are drawn once per page as SVG symbols; the colours are CSS tokens (src/styles/timeline.css) with a light
 * and a dark value, each checked at AA contrast as text on the page, the raised paper and the highlighted event.
 */

/** Colour tokens, `--timeline-<swatch>` in timeline.css. `neutral` is for a theme not listed below. */
export const SWATCHES = ['red', 'blue', 'teal', 'amber', 'violet', 'olive', 'slate', 'magenta', 'neutral'] as const;
export type Swatch = (typeof SWATCHES)[number];

/** Icons on a 24 × 24 grid, one path each, drawn as 2 px strokes in the current colour. */
export const ICONS = {
  swords: 'M4 3l12 12M14 17l4-4M16 15l4 4M20 3 8 15M6 13l4 4M8 15l-4 4',
  talks: 'M3 4h12v8H9l-4 3v-3H3zM15 8h6v8h-2v3l-3-3h-5v-4',
  exchange: 'M4 8h15M15 4l4 4-4 4M20 16H5M9 12l-4 4 4 4',
  drop: 'M12 3c3.5 4.5 6 8 6 11a6 6 0 0 1-12 0c0-3 2.5-6.5 6-11z',
  ban: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM5.6 5.6l12.8 12.8',
  columns: 'M3 9l9-5 9 5zM3 20h18M6 11v7M10 11v7M14 11v7M18 11v7',
  shield: 'M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z',
  heart: 'M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.3 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z',
  dot: 'M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8z',
} as const;
export type IconName = keyof typeof ICONS;

export interface ThemeLook {
  icon: IconName;
  swatch: Swatch;
}

/** The themes of content/taxonomy/themes.yaml. A theme added there later shows a neutral dot until it gets a look. */
const LOOKS: ReadonlyMap<string, ThemeLook> = new Map(
  Object.entries({
    war: { icon: 'swords', swatch: 'red' },
    diplomacy: { icon: 'talks', swatch: 'blue' },
    trade: { icon: 'exchange', swatch: 'teal' },
    energy: { icon: 'drop', swatch: 'amber' },
    sanctions: { icon: 'ban', swatch: 'violet' },
    domestic: { icon: 'columns', swatch: 'olive' },
    security: { icon: 'shield', swatch: 'slate' },
    humanitarian: { icon: 'heart', swatch: 'magenta' },
  } satisfies Record<string, ThemeLook>),
);

const FALLBACK: ThemeLook = { icon: 'dot', swatch: 'neutral' };

/** A theme's colour and icon. */
export function themeLook(theme: string): ThemeLook {
  return LOOKS.get(theme) ?? FALLBACK;
}

/** The id of an icon's SVG symbol on the page. */
export function iconId(icon: IconName): string {
  return `timeline-icon-${icon}`;
}
