// The one place that names the production origin. Change it here when the site gets its real domain;
// canonical links, the sitemap and absolute URLs in downloads all follow.
export const SITE_URL = 'https://kazakhstan-explainer.example.org';
export const SITE_NAME = 'Kazakhstan after the invasion';
export const SITE_TAGLINE = 'Sourced briefings on how Kazakhstan changed after 24 February 2022';
