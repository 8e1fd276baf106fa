/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by BriefingLayout before the prose renders, read by each <Cite>. */
    citations?: import('~/lib/briefing/citation-state').CitationState;
    /** Set by BriefingLayout, read by each <EventRef>: every event, and the ids this page's timeline shows. */
    timeline?: {
      eventsById: ReadonlyMap<string, import('./lib/timeline/events').TimelineEvent>;
      onPage: ReadonlySet<string>;
    };
  }
}

/** True under `astro dev` only (see astro.config.mjs): drafts are previewed, never built. */
declare const __SHOW_DRAFTS__: boolean;
