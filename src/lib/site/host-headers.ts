/**
 * The `_headers` file that Netlify and Cloudflare Pages read (public/_headers): rules of a URL pattern followed by
 * indented `Name: value` lines. Parsed here so the tests can see what a page is served with.
 */

export interface HeaderRule {
  pattern: string;
  /** Header names lower-cased, as HTTP treats them. */
  headers: Map<string, string>;
  /** The line the pattern is on (1-based), for messages. */
  line: number;
}

/** The rules of a `_headers` file; throws, naming the line, on a header line before any pattern or without a colon. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: new Map(), line });
      return;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule) throw new Error(`_headers line ${line}: a header before any URL pattern`);
    if (colon === -1) throw new Error(`_headers line ${line}: expected "Name: value"`);
    rule.headers.set(raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim());
  });
  return rules;
}

/** Whether a `_headers` pattern matches a path: `*` matches anything (slashes too), `:name` one path segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path is served with, and any header that two matching rules both set (the hosts disagree on what
 * that means: Cloudflare joins the values with a comma, Netlify combines them otherwise).
 */
export function headersFor(
  rules: readonly HeaderRule[],
  path: string,
): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      if (name in headers) conflicts.push(`${name} (again on line ${rule.line}, ${rule.pattern})`);
      headers[name] = value;
    }
  }
  return { headers, conflicts };
}
