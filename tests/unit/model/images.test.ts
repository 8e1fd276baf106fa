/**
 * The build's images are drawn in worker threads (src/model/images.ts, src/model/image-worker.ts): a card must come
 * out exactly as satori and resvg draw it on the main thread, whether a page asks for it or it was drawn ahead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { afterAll, describe, expect, it } from 'vitest';
import { cardTree, CARD_HEIGHT, CARD_WIDTH } from '~/lib/share/card';
import { IMAGE_FONTS, type ImageNode } from '~/lib/share/image-node';
import { drawAhead, drawPng, FONT_DIR } from '~/model/images';

const cacheDir = mkdtempSync(join(tmpdir(), 'images-test-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const brand = { name: 'Kazakhstan after the invasion', host: 'example.org' };
const size = { width: CARD_WIDTH, height: CARD_HEIGHT, cacheDir };
const card = (title: string) =>
  cardTree({ title, dek: 'Since 2023 Kazakh crude has reached Schwedt.', kind: 'briefing' }, brand);

/** The card drawn here, on this thread, as the build drew every card before the workers. */
async function drawnHere(title: string): Promise<Buffer> {
  const fonts = readdirSync(FONT_DIR)
    .filter((f) => f.endsWith('.woff'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((file) => {
      const [, family = 'sans', weight = '400'] = /^noto-(serif|sans)-[a-z-]+-(\d{3})-normal\.woff$/.exec(file) ?? [];
      return {
        name: IMAGE_FONTS[family as 'serif' | 'sans'],
        data: readFileSync(join(FONT_DIR, file)),
        weight: Number(weight) as 400 | 700,
        style: 'normal' as const,
      };
    });
  const svg = await satori(card(title) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return Buffer.from(
    new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().asPng(),
  );
}
const order = (file: string) =>
  ['latin', 'latin-ext', 'cyrillic'].indexOf(/^noto-\w+-([a-z-]+)-\d/.exec(file)?.[1] ?? '');

describe('images drawn in worker threads', () => {
  it('are byte for byte the card drawn on the main thread, asked for or drawn ahead', async () => {
    drawAhead([card('Drawn ahead')], 'png', size);
    const [asked, ahead] = await Promise.all([drawPng(card('Asked for'), size), drawPng(card('Drawn ahead'), size)]);
    expect(asked.equals(await drawnHere('Asked for'))).toBe(true);
    expect(ahead.equals(await drawnHere('Drawn ahead'))).toBe(true);
    // The next build takes them from the cache: the same bytes.
    expect((await drawPng(card('Asked for'), size)).equals(asked)).toBe(true);
  }, 60_000);

  it("fail the build with the renderer's reason, rather than hang it", async () => {
    // An image whose picture is not one: satori cannot lay it out.
    const broken: ImageNode = {
      type: 'div',
      props: {
        style: { display: 'flex' },
        children: [{ type: 'img', props: { src: 'data:image/png;base64,AAAA', width: 10, height: 10 } }],
      },
    };
    await expect(drawPng(broken, { width: 100, cacheDir })).rejects.toThrow(/An image could not be drawn: /);
  }, 60_000);
});
