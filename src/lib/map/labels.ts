/**
 * Label placement for a map that scales with its column while its text does not. Markers and labels are anchored at
 * a fraction of the map's width and height, and drawn a fixed number of pixels from that anchor, at a fixed size:
 * so two labels that clear each other on a 320-pixel phone may meet on a wider screen, or the other way round.
 * Every test here is exact over a range of rendered widths: along each axis, the gap between two boxes changes
 * linearly with the width, so the widths at which they overlap form one interval, computed rather than sampled.
 */

/** Rendered widths of a map, in CSS pixels. */
export interface WidthRange {
  min: number;
  max: number;
}

/**
 * The widths a map is drawn at, in tiers: the narrowest phones (a 320-pixel screen less the page's margins), other
 * phones, and everything wider, up to the widest a map is shown (src/styles/map.css). Each tier has its own markers
 * and labels, and CSS container queries show each tier's set; the narrower the tier, the fewer fit.
 */
export const TIERS: readonly WidthRange[] = [
  { min: 280, max: 399.99 },
  { min: 400, max: 639.99 },
  { min: 640, max: 1100 },
];

/**
 * A rectangle that moves with the map: anchored at (`ax`, `ay`), fractions of the map's width and height, its centre
 * `cx`, `cy` pixels from the anchor, `w` by `h` pixels in size.
 */
export interface Box {
  ax: number;
  ay: number;
  cx: number;
  cy: number;
  w: number;
  h: number;
}

/** The open interval of widths `W` where |k·W + c| < s. */
function band(k: number, c: number, s: number): [number, number] {
  if (Math.abs(k) < 1e-12) return Math.abs(c) < s ? [-Infinity, Infinity] : [Infinity, -Infinity];
  const [a, b] = [(-s - c) / k, (s - c) / k];
  return a < b ? [a, b] : [b, a];
}

/**
 * Whether two boxes overlap (closer than `gap` pixels) at any width in `range`, on a map whose height is `ratio`
 * times its width.
 */
export function overlaps(a: Box, b: Box, range: WidthRange, ratio: number, gap = 2): boolean {
  const [x0, x1] = band(a.ax - b.ax, a.cx - b.cx, (a.w + b.w) / 2 + gap);
  const [y0, y1] = band((a.ay - b.ay) * ratio, a.cy - b.cy, (a.h + b.h) / 2 + gap);
  const from = Math.max(x0, y0, range.min);
  const to = Math.min(x1, y1, range.max);
  return from < to;
}

/** Whether a box stays inside the map, `margin` pixels from its edges, at every width in `range`. */
export function inside(box: Box, range: WidthRange, ratio: number, margin = 2): boolean {
  // Each edge's distance from the map's edge is linear in the width: checking both ends of the range is enough.
  return [range.min, range.max].every((width) => {
    const x = box.ax * width + box.cx;
    const y = box.ay * width * ratio + box.cy;
    return (
      x - box.w / 2 >= margin &&
      x + box.w / 2 <= width - margin &&
      y - box.h / 2 >= margin &&
      y + box.h / 2 <= width * ratio - margin
    );
  });
}

/** How a label's text sits against its anchor. */
export type TextAnchor = 'start' | 'middle' | 'end';

/** A label as drawn: its anchor, the pixel offset of its text from that anchor, and how the text aligns. */
export interface PlacedLabel {
  /** Anchor, as fractions of the map's width and height. */
  ax: number;
  ay: number;
  /** The text's offset from the anchor in pixels (SVG dx, and dy to the first line's baseline). */
  dx: number;
  dy: number;
  anchor: TextAnchor;
  box: Box;
}

/** Type sizes, in pixels, of each kind of label, and how they are set. */
export const LABEL_STYLES = {
  /** Kazakhstan's name: the map's subject. */
  subject: { size: 12, weight: 700, caps: true, tracking: 0.1 },
  country: { size: 11, weight: 400, caps: true, tracking: 0.1 },
  sea: { size: 11, weight: 400, caps: false, tracking: 0 },
  place: { size: 12, weight: 600, caps: false, tracking: 0 },
  stop: { size: 11, weight: 400, caps: false, tracking: 0 },
  route: { size: 11, weight: 600, caps: false, tracking: 0 },
} as const;

export type LabelStyle = keyof typeof LABEL_STYLES;

// Advance widths of a common sans-serif, in ems, by character; others count as a lower-case letter.
const NARROW = new Set([...".,:;'’!|()[]ijlI "]);
const SLIGHT = new Set([...'frt-/']);
const WIDE = new Set([...'mwMW@']);

/**
 * The width in pixels a label's line takes in the site's sans-serif, estimated generously (system fonts differ),
 * so labels that clear each other here clear each other in every browser; the browser tests measure the real ones.
 */
export function textWidth(text: string, style: LabelStyle): number {
  const { size, weight, caps, tracking } = LABEL_STYLES[style];
  const shown = caps ? text.toUpperCase() : text;
  let ems = 0;
  for (const char of shown) {
    if (NARROW.has(char)) ems += 0.3;
    else if (SLIGHT.has(char)) ems += 0.38;
    else if (WIDE.has(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else if (char >= '0' && char <= '9') ems += 0.58;
    else ems += 0.57;
    ems += tracking;
  }
  return Math.ceil(ems * size * (weight >= 600 ? 1.07 : 1));
}

/** Height of one line of a label's text box. */
export const lineHeight = (style: LabelStyle) => Math.ceil(LABEL_STYLES[style].size * 1.15);

/** A label's text box, centred on its anchor. */
export function centredBox(ax: number, ay: number, lines: readonly string[], style: LabelStyle): Box {
  return {
    ax,
    ay,
    cx: 0,
    cy: 0,
    w: Math.max(...lines.map((line) => textWidth(line, style))),
    h: lineHeight(style) * lines.length,
  };
}

/** Gap between a marker's edge and its label. */
const LABEL_GAP = 3;

/**
 * Where a marker's label may go, most natural first: right, left, above, below, then the four diagonals. `radius`
 * is the marker's visible radius in pixels.
 */
export function labelCandidates(
  ax: number,
  ay: number,
  lines: readonly string[],
  style: LabelStyle,
  radius: number,
): PlacedLabel[] {
  const w = Math.max(...lines.map((line) => textWidth(line, style)));
  const lh = lineHeight(style);
  const h = lh * lines.length;
  const size = LABEL_STYLES[style].size;
  // The first line's baseline sits about 0.35 em below the middle of a one-line box.
  const baseline = (cy: number) => Math.round((cy - h / 2 + lh / 2 + size * 0.35) * 10) / 10;
  const side = radius + LABEL_GAP;
  const diagonal = radius * 0.7 + LABEL_GAP;
  const at = (cx: number, cy: number, anchor: TextAnchor, dx: number): PlacedLabel => ({
    ax,
    ay,
    dx,
    dy: baseline(cy),
    anchor,
    box: { ax, ay, cx, cy, w, h },
  });
  return [
    at(side + w / 2, 0, 'start', side),
    at(-side - w / 2, 0, 'end', -side),
    at(0, -side - h / 2, 'middle', 0),
    at(0, side + h / 2, 'middle', 0),
    at(diagonal + w / 2, -diagonal - h / 2 + 2, 'start', diagonal),
    at(-diagonal - w / 2, -diagonal - h / 2 + 2, 'end', -diagonal),
    at(diagonal + w / 2, diagonal + h / 2 - 2, 'start', diagonal),
    at(-diagonal - w / 2, diagonal + h / 2 - 2, 'end', -diagonal),
  ];
}

/**
 * A label centred on its anchor (a country's, a sea's), or when that is taken nudged a line up or down, or half
 * its width aside.
 */
export function centredCandidates(ax: number, ay: number, lines: readonly string[], style: LabelStyle): PlacedLabel[] {
  const box = centredBox(ax, ay, lines, style);
  const lh = lineHeight(style);
  const size = LABEL_STYLES[style].size;
  const half = Math.round(box.w / 2);
  const nudges = [
    [0, 0],
    [0, -lh],
    [0, lh],
    [-half, 0],
    [half, 0],
    [0, -2 * lh],
    [0, 2 * lh],
    [-half, -lh],
    [half, -lh],
    [-half, lh],
    [half, lh],
  ] as const;
  return nudges.map(([cx, cy]) => ({
    ax,
    ay,
    dx: cx,
    dy: Math.round((cy - box.h / 2 + lh / 2 + size * 0.35) * 10) / 10,
    anchor: 'middle' as const,
    box: { ...box, cx, cy },
  }));
}

/**
 * Places labels in the order given (the most important first): each takes its first candidate that stays inside the
 * map and clears its obstacles and every label placed before it at every width in `range`. A label none of whose
 * candidates fits is left out (undefined).
 */
export function placeLabels(
  labels: readonly { candidates: readonly PlacedLabel[]; obstacles: readonly Box[] }[],
  range: WidthRange,
  ratio: number,
): (PlacedLabel | undefined)[] {
  const taken: Box[] = [];
  return labels.map(({ candidates, obstacles }) => {
    const fit = candidates.find(
      (c) =>
        inside(c.box, range, ratio) &&
        taken.every((b) => !overlaps(c.box, b, range, ratio)) &&
        obstacles.every((b) => !overlaps(c.box, b, range, ratio, 1)),
    );
    if (fit) taken.push(fit.box);
    return fit;
  });
}
