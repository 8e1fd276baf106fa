import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cardAlt,
  cardImagePath,
  cardLabel,
  cardParam,
  cardTree,
  CARD_HEIGHT,
  CARD_WIDTH,
  titleSize,
  type ShareCard,
} from '~/lib/share/card';
import { el, IMAGE_COLOURS, imageText } from '~/lib/share/image-node';

const brand = { name: 'Kazakhstan after the invasion', host: 'example.org' };
const briefing: ShareCard = {
  title: 'Kazakh oil for Germany',
  dek: 'Since 2023 Kazakh crude has reached Schwedt.',
  kind: 'briefing',
};

describe('where a card is published', () => {
  it.each([
    ['/', '/og/home.png', 'home'],
    [
      '/briefings/kazakh-oil-for-germany/',
      '/og/briefings/kazakh-oil-for-germany.png',
      'briefings/kazakh-oil-for-germany',
    ],
    ['/timeline/energy/', '/og/timeline/energy.png', 'timeline/energy'],
    ['/trade/', '/og/trade.png', 'trade'],
  ])('%s → %s', (page, image, param) => {
    expect(cardImagePath(page)).toBe(image);
    expect(cardParam(page)).toBe(param);
  });
});

describe('a card', () => {
  it('is 1200 × 630 and shows the label, title, dek, site name and address', () => {
    const tree = cardTree(briefing, brand);
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect(imageText(tree)).toEqual(['Briefing', briefing.title, briefing.dek, brand.name, brand.host]);
  });

  it('draws the chart it is given, with each bar labelled and valued', () => {
    const tree = cardTree(
      {
        ...briefing,
        kind: 'trade',
        chart: {
          caption: 'Total trade, 2023',
          bars: [
            { label: 'China', value: 'US$31.4 bn', scale: 1 },
            { label: 'Germany', value: 'US$4 bn', scale: 0 },
          ],
        },
      },
      brand,
    );
    expect(imageText(tree)).toEqual(
      expect.arrayContaining(['Trade data', 'Total trade, 2023', 'China', 'US$31.4 bn', 'Germany', 'US$4 bn']),
    );
    // A bar for a figure of zero is still drawn, as a sliver, so the row never looks empty.
    expect(JSON.stringify(tree)).toContain('"width":"0.50%"');
  });

  it('leaves an empty chart out', () => {
    const text = imageText(cardTree({ ...briefing, chart: { caption: 'Nothing', bars: [] } }, brand));
    expect(text).not.toContain('Nothing');
  });

  it.each([
    ['home', 'Briefings, timeline and trade data'],
    ['tag', 'Topic'],
    ['timeline', 'Timeline'],
    ['page', 'About'],
  ] as const)('a %s card is labelled "%s"', (kind, label) => {
    expect(cardLabel(kind)).toBe(label);
  });

  it('gets alt text that says what it shows, chart included', () => {
    expect(cardAlt(briefing, brand)).toBe('Briefing: Kazakh oil for Germany. Kazakhstan after the invasion.');
    expect(cardAlt({ ...briefing, kind: 'trade', chart: { caption: 'Total trade, 2023', bars: [] } }, brand)).toBe(
      'Trade data: Kazakh oil for Germany. Kazakhstan after the invasion. A bar chart: Total trade, 2023.',
    );
  });

  it.each([
    ['a short title', 'x'.repeat(45), false, 68],
    ['a middling title', 'x'.repeat(80), false, 58],
    ['a long title', 'x'.repeat(120), false, 48],
    ['a short title beside a chart', 'x'.repeat(40), true, 56],
    ['a long title beside a chart', 'x'.repeat(41), true, 46],
  ])('sets %s smaller as it grows', (_what, title, withChart, size) => {
    expect(titleSize(title, withChart)).toBe(size);
  });
});

describe('image elements', () => {
  it('leave out empty children and keep a single child unwrapped', () => {
    expect(el('div', {}, 'a', false, null, undefined, '')).toEqual({
      type: 'div',
      props: { style: {}, children: 'a' },
    });
    expect(el('div', {})).toEqual({ type: 'div', props: { style: {} } });
    expect(imageText(el('div', {}, el('span', {}), 'b', el('p', {}, 'c', 'd')))).toEqual(['b', 'c', 'd']);
  });

  it("use the light theme's colours, as the stylesheet defines them", () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const light = (token: string) => new RegExp(`--color-${token}: light-dark\\((#[0-9a-f]{6}),`).exec(css)?.[1];
    expect(IMAGE_COLOURS).toEqual({
      paper: light('paper'),
      paperRaised: light('paper-raised'),
      ink: light('ink'),
      inkMuted: light('ink-muted'),
      rule: light('rule'),
      accent: light('accent'),
      accentSoft: light('accent-soft'),
      warn: light('warn'),
      bad: light('bad'),
      good: light('good'),
    });
  });
});
