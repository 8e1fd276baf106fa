/**
 * The element trees the build draws images from (share cards, chart downloads): plain objects in the shape satori
 * lays out (`{ type, props: { style, children } }`), so the layouts stay pure data that tests can read, and no JSX
 * runtime is needed.
 */

/** A CSS declaration block as satori reads it: camel-cased properties, numbers in pixels. */
export type ImageStyle = Readonly<Record<string, string | number>>;

/** One element of an image, or a run of text. */
export type ImageChild = ImageNode | string;

export interface ImageNode {
  type: string;
  props: { style?: ImageStyle; children?: ImageChild | ImageChild[]; [attribute: string]: unknown };
}

/** An element: `el('div', { display: 'flex' }, 'text', el(…))`. Empty and false children are left out. */
export function el(type: string, style: ImageStyle, ...children: (ImageChild | false | null | undefined)[]): ImageNode {
  const kept = children.filter((c): c is ImageChild => c !== false && c !== null && c !== undefined && c !== '');
  return { type, props: { style, ...(kept.length > 0 ? { children: kept.length === 1 ? kept[0] : kept } : {}) } };
}

/** An SVG element inside an image: its attributes as written (`d`, `stroke`, `x1`…), no style. */
export function svgEl(type: string, attributes: Record<string, string | number>, ...children: ImageNode[]): ImageNode {
  return { type, props: { ...attributes, ...(children.length > 0 ? { children } : {}) } };
}

/** Every run of text in a tree, in order: what the image says, for tests and alt text checks. */
export function imageText(node: ImageChild): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(imageText);
}

/**
 * The colours images use: the light theme's tokens (src/styles/global.css), since an image leaves the page and is
 * seen on whatever background the sharing site or the reader's document has.
 */
export const IMAGE_COLOURS = {
  paper: '#fbfaf7',
  paperRaised: '#f1eee6',
  ink: '#1c1b19',
  inkMuted: '#55524b',
  rule: '#d9d4c7',
  accent: '#0a5a78',
  accentSoft: '#e3f0f5',
  warn: '#8a4b00',
  bad: '#9b1c1c',
  good: '#1f6b3a',
} as const;

/** The font families the bundled fonts are registered under (src/assets/fonts/, see NOTICE). */
export const IMAGE_FONTS = { serif: 'Noto Serif', sans: 'Noto Sans' } as const;
