/**
 * The site's two RSS feeds as plain items (the endpoints hand them to @astrojs/rss): one item per published
 * briefing, and one per entry in a briefing's "What changed", so a reader who follows the corrections learns of
 * each one. Links are absolute, as feed readers need.
 */
import { changeAnchors } from '~/lib/briefing/changes';
import { briefingPath } from '~/lib/briefing/listing';
import { topicName } from '~/lib/briefing/topics';

/** A briefing as far as the feeds need it. */
export interface FeedBriefing {
  id: string;
  data: {
    title: string;
    dek: string;
    published: string;
    tags: readonly string[];
    changes: readonly { date: string; note: string }[];
  };
}

/** One feed entry, in @astrojs/rss's shape. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories?: string[];
}

/** The feeds' addresses on the site. */
export const FEEDS = {
  briefings: { path: '/rss.xml', title: 'Briefings' },
  corrections: { path: '/corrections.xml', title: 'Corrections and updates' },
} as const;

/**
 * A 'YYYY-MM-DD' date as a moment: noon UTC, so the day a reader's feed shows is the site's day in every time
 * zone from UTC−11 to UTC+11.
 */
export function feedDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** One item per briefing, newest first: title, standfirst, date, topics. */
export function briefingItems(briefings: readonly FeedBriefing[], site: URL | string): FeedItem[] {
  return [...briefings]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title))
    .map((b) => ({
      title: b.data.title,
      link: new URL(briefingPath(b.id), site).href,
      pubDate: feedDate(b.data.published),
      description: b.data.dek,
      categories: b.data.tags.map(topicName),
    }));
}

/** One item per "What changed" entry of every briefing, newest first, each linking to the entry itself. */
export function changeItems(briefings: readonly FeedBriefing[], site: URL | string): FeedItem[] {
  return briefings
    .flatMap((b) => {
      const anchors = changeAnchors(b.data.changes);
      return b.data.changes.map((change, i) => ({
        title: `Changed: ${b.data.title}`,
        link: new URL(`${briefingPath(b.id)}#${anchors[i] ?? ''}`, site).href,
        pubDate: feedDate(change.date),
        description: change.note,
        order: i,
      }));
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title) || b.order - a.order)
    .map(({ order: _order, ...item }) => item);
}

/** What a feed says about itself beyond its title: its language and its own address (RSS best practice). */
export function feedChannel(path: string, site: URL | string): { xmlns: Record<string, string>; customData: string } {
  return {
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL(path, site).href}" rel="self" type="application/rss+xml"/>`,
  };
}
