/** The share card of every page listed in `shareCards()`: `/og/briefings/<slug>.png`, `/og/home.png`, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardParam, cardTree, CARD_HEIGHT, CARD_WIDTH, type ShareCard } from '~/lib/share/card';
import { drawAhead, drawPng } from '~/model/images';
import { shareCards } from '~/model/share-cards';
import { SITE_NAME, SITE_URL } from '../../../site.config.mjs';

const BRAND = { name: SITE_NAME, host: new URL(SITE_URL).host };
const SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };

export const getStaticPaths = (async () => {
  const cards = [...(await shareCards())];
  // Astro asks every route for its pages before it renders any: the cards not in the cache start drawing now, in
  // worker threads, while the other pages render (src/model/images.ts).
  drawAhead(
    cards.map(([, card]) => cardTree(card, BRAND)),
    'png',
    SIZE,
  );
  return cards.map(([path, card]) => ({ params: { card: cardParam(path) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await drawPng(cardTree(props.card, BRAND), SIZE);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
