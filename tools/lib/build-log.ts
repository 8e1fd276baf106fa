/** Reading `astro build`'s log: how long each phase took. */

/** A duration as Astro and Vite print it: `357ms`, `2.08s`, `1m 3s` or `2m`. */
const DURATION = String.raw`(?:(\d+)m(?: (\d+)s)?|(\d+(?:\.\d+)?)(ms|s))`;

const toMs = (match: RegExpExecArray, at: number): number => {
  const [minutes, seconds, value, unit] = match.slice(at, at + 4);
  if (minutes !== undefined) return (Number(minutes) * 60 + Number(seconds ?? 0)) * 1000;
  return Number(value ?? 0) * (unit === 's' ? 1000 : 1);
};

const COMPLETED = new RegExp(String.raw`✓ Completed in ${DURATION}(?![\w])`);
const BUNDLED = new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}(?![\w])`);
/** An integration timing its own step: "[name] … in 43 ms", "(43 ms)" or "…, 1420 ms" at the end of the line. */
const OWN = new RegExp(String.raw`\[([\w@/.-]+)\][^[]*?(?:\bin |\(|, )(\d+(?:\.\d+)?) ?(ms|s)\b\)?\.?\s*$`);

/**
 * The phases of one `astro build` log. Astro prints "Collecting build info… ✓ Completed in" (config and content
 * sync), "[vite] ✓ built in" per bundle, "generating static routes … ✓ Completed in" (rendering the pages), and
 * each of this site's integrations times its own step ("[name] … in 43 ms", "(43 ms)" or "…, 43 ms").
 */
export function buildPhases(log: string): Map<string, number> {
  const phases = new Map<string, number>();
  const add = (name: string, ms: number) => phases.set(name, (phases.get(name) ?? 0) + ms);
  let section: 'collect' | 'routes' | undefined;
  for (const line of log.split('\n')) {
    if (line.includes('Collecting build info')) section = 'collect';
    if (line.includes('generating static routes')) section = 'routes';
    const completed = COMPLETED.exec(line);
    if (completed && section) {
      add(section === 'collect' ? 'content sync and setup' : 'page generation', toMs(completed, 1));
      section = undefined;
      continue;
    }
    const vite = BUNDLED.exec(line);
    if (vite) {
      add('bundling', toMs(vite, 1));
      continue;
    }
    const own = OWN.exec(line);
    const [, name = 'build', value, unit] = own ?? [];
    if (own && name !== 'build' && name !== 'types') add(name, Number(value) * (unit === 's' ? 1000 : 1));
  }
  return phases;
}
