/** A URL slug from a headline: lower-case ASCII words joined by hyphens, at most eight words. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8)
    .join('-');
}

/** The text of a new draft briefing that already passes the schema, for an editor to fill in. */
export function briefingTemplate(options: { title: string; date: string; sourceId: string }): string {
  const title = options.title.replace(/"/g, '\\"');
  return `---
title: "${title}"
dek: "One sentence that tells the reader what this briefing explains. Replace me."
published: "${options.date}"
authors: ["Explainer desk"]
tags: []
# A draft is visible in \`npm run dev\` only. Set to false (or delete the line) to publish.
draft: true
# Every source this briefing cites, by id: the file names in content/sources/ without .yaml.
sources: [${options.sourceId}]
---

<KeyPoints>

- The first thing a reader should take away.<Cite id="${options.sourceId}" />
- The second.

</KeyPoints>

## First section

Write in short paragraphs. Put a citation after each factual sentence.<Cite id="${options.sourceId}" />
`;
}
