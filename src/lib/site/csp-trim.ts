/**
 * Astro's `security.csp` lists, on every page, the hash of every script and style it might inline anywhere,
 * including those of hydration directives this site never uses: about 400 bytes of incompressible text per page,
 * allowing code no page contains. `keepHashesInUse()` rewrites a built page's policy to keep only the hashes of the
 * inline scripts and styles that page has, and moves the policy to the top of the head, where it governs everything
 * after it (Astro puts it after the head's own tags, so the theme snippet ran ungoverned). Pure, with no
 * imports, so astro.config.mjs can load it as it is.
 */

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")>/i;

/** The base64 SHA-256 of a text, as CSP writes it (`'sha256-…'`). */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** The page with its policy's script-src and style-src hashes cut to those of its own inline scripts and styles. */
export async function keepHashesInUse(html: string): Promise<string> {
  const meta = META.exec(html);
  if (!meta) return html;
  const inline = async (pattern: RegExp) =>
    new Set(
      await Promise.all(
        [...html.matchAll(pattern)]
          // A script with a src is allowed by 'self'; JSON-LD is data, which no policy governs.
          .filter(([, attributes = '']) => !/\bsrc=|application\/ld\+json/.test(attributes))
          .map(([, , text = '']) => digest(text)),
      ),
    );
  const used = {
    'script-src': await inline(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi),
    'style-src': await inline(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi),
  };
  const policy = (meta[2] ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      const keep = used[name as keyof typeof used];
      if (!keep) return part;
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s))].join(' ');
    })
    .join('; ');
  // A policy governs only what comes after it: put it first in the head, straight after the character set.
  const rewritten = html.replace(META, '');
  const tag = `${meta[1] ?? ''}${policy}${meta[3] ?? ''}>`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(rewritten);
  if (!charset) return rewritten.replace(/<head>/i, `<head>${tag}`);
  const at = charset.index + charset[0].length;
  return rewritten.slice(0, at) + tag + rewritten.slice(at);
}
