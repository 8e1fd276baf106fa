/** The share card of every page listed in `shareCards()`: `/og/briefings/<slug>.png`, `/og/home.png`, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardParam, cardTree, CARD_HEIGHT, CARD_WIDTH, type ShareCard } from '~/lib/share/card';
import { drawPng } from '~/model/images';
import { shareCards } from '~/model/share-cards';
import { SITE_NAME, SITE_URL } from '../../../site.config.mjs';

export const getStaticPaths = (async () =>
  [...(await shareCards())].map(([path, card]) => ({
    params: { card: cardParam(path) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await drawPng(cardTree(props.card, { name: SITE_NAME, host: new URL(SITE_URL).host }), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
