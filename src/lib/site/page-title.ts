/** Search results cut titles at about 70 characters; past that, the site name is the part to drop. */
export const MAX_TITLE_LENGTH = 70;

/** The document title: "Page · Site", or the page's own title alone when both would not fit. */
export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const full = `${title} · ${siteName}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
