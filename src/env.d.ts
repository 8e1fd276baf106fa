/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by BriefingLayout before the prose renders, read by each <Cite>. */
    citations?: import('./components/briefing/citation-state').CitationState;
  }
}
