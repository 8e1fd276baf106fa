/// <reference types="astro/client" />
import type { PageContext } from './model/page-context';

declare global {
  namespace App {
    interface Locals {
      /** Set by each page before it renders, read by components through `pageContext()`. */
      page?: PageContext;
      /** How often each id was handed out on this page; see `uniqueId()` in src/lib/site/html-ids.ts. */
      idCounters?: Map<string, number>;
    }
  }

  /** True under `astro dev` only (see astro.config.mjs): drafts are previewed, never built. */
  const __SHOW_DRAFTS__: boolean;
}
