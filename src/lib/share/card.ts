/**
 * Share cards: the 1200 × 630 image a link preview shows (Open Graph, X/Twitter, messaging apps). One layout for
 * every kind of page, from plain data: a label for the kind of page, the title, the dek and, where a page has one,
 * a small chart. The build draws it (src/model/images.ts); this module only decides what it shows.
 */
import { el, IMAGE_COLOURS as C, IMAGE_FONTS as F, type ImageNode } from './image-node';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What kind of page a card stands for; it sets the label above the title. */
export type CardKind = 'home' | 'briefing' | 'tag' | 'timeline' | 'trade' | 'page';

/** A few ranked bars drawn on a card (the trade page's), each as a share of the longest. */
export interface CardChart {
  /** What the bars show, in a few words: "Total trade, 2023, as reported by Kazakhstan". */
  caption: string;
  bars: readonly { label: string; value: string; scale: number }[];
}

/** Everything a card shows. Pages of any kind get a card from these fields alone. */
export interface ShareCard {
  title: string;
  /** The standfirst or description: one or two sentences, cut at three lines on the card. */
  dek: string;
  kind: CardKind;
  chart?: CardChart | undefined;
}

/** The site's name and address, printed at the foot of every card. */
export interface CardBrand {
  name: string;
  /** The address without its scheme: `kazakhstan-explainer.example.org`. */
  host: string;
}

const KIND_LABELS: Record<CardKind, string> = {
  home: 'Briefings, timeline and trade data',
  briefing: 'Briefing',
  tag: 'Topic',
  timeline: 'Timeline',
  trade: 'Trade data',
  page: 'About',
};

/** The label printed above the title. */
export const cardLabel = (kind: CardKind): string => KIND_LABELS[kind];

/**
 * Where a page's card is published: `/` → `/og/home.png`, `/briefings/x/` → `/og/briefings/x.png`. The part after
 * `/og/` is the endpoint's parameter (src/pages/og/[...card].png.ts).
 */
export function cardImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'home' : trimmed}.png`;
}

/** The endpoint parameter for a page's card: `briefings/x` for `/briefings/x/`. */
export const cardParam = (pagePath: string): string => cardImagePath(pagePath).slice('/og/'.length, -'.png'.length);

/** The card's alt text: what it shows, in words (the title is also the link preview's own text). */
export function cardAlt(card: ShareCard, brand: CardBrand): string {
  const chart = card.chart ? ` A bar chart: ${card.chart.caption}.` : '';
  return `${cardLabel(card.kind)}: ${card.title}. ${brand.name}.${chart}`;
}

/** A smaller title for a longer one, so three lines at most always fit. */
export function titleSize(title: string, withChart: boolean): number {
  const length = [...title].length;
  if (withChart) return length <= 40 ? 56 : 46;
  if (length <= 45) return 68;
  if (length <= 80) return 58;
  return 48;
}

const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, overflow: 'hidden' }) as const;

function chartBlock(chart: CardChart): ImageNode {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', marginTop: 26 },
    el('div', { fontSize: 22, color: C.inkMuted, marginBottom: 10 }, chart.caption),
    ...chart.bars.map((bar) =>
      el(
        'div',
        { display: 'flex', alignItems: 'center', height: 38, fontSize: 24 },
        el('div', { width: 250, color: C.ink }, bar.label),
        el(
          'div',
          { display: 'flex', alignItems: 'center', flexGrow: 1 },
          el('div', {
            width: `${Math.max(0.5, Math.min(1, bar.scale) * 70).toFixed(2)}%`,
            height: 26,
            backgroundColor: C.accent,
            borderRadius: 3,
          }),
          el('div', { marginLeft: 12, fontWeight: 700, color: C.ink, whiteSpace: 'nowrap', flexShrink: 0 }, bar.value),
        ),
      ),
    ),
  );
}

/** The card as an element tree, 1200 × 630, in the site's light colours. */
export function cardTree(card: ShareCard, brand: CardBrand): ImageNode {
  const withChart = card.chart !== undefined && card.chart.bars.length > 0;
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      paddingTop: 56,
      paddingRight: 72,
      paddingBottom: 40,
      paddingLeft: 72,
      backgroundColor: C.paper,
      borderTop: `14px solid ${C.accent}`,
      color: C.ink,
      fontFamily: F.sans,
    },
    el(
      'div',
      { fontSize: 24, fontWeight: 700, color: C.accent, letterSpacing: 2, textTransform: 'uppercase' },
      cardLabel(card.kind),
    ),
    el(
      'div',
      {
        ...clamp(withChart ? 2 : 3),
        marginTop: 16,
        fontFamily: F.serif,
        fontSize: titleSize(card.title, withChart),
        fontWeight: 700,
        lineHeight: 1.15,
      },
      card.title,
    ),
    el(
      'div',
      { ...clamp(withChart ? 1 : 3), marginTop: 20, fontSize: 28, lineHeight: 1.4, color: C.inkMuted },
      card.dek,
    ),
    withChart && card.chart && chartBlock(card.chart),
    el(
      'div',
      {
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'baseline',
        marginTop: 'auto',
        paddingTop: 18,
        borderTop: `2px solid ${C.rule}`,
      },
      el('div', { fontFamily: F.serif, fontSize: 28, fontWeight: 700 }, brand.name),
      el('div', { fontSize: 22, color: C.inkMuted }, brand.host),
    ),
  );
}
