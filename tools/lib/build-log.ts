/** Reading `astro build`'s log: how long each phase took. */

const toMs = (value = '0', unit = 'ms') => Number(value) * (unit === 's' ? 1000 : 1);

/**
 * The phases of one `astro build` log. Astro prints "Collecting build info… ✓ Completed in" (config and content
 * sync), "[vite] ✓ built in" per bundle, "generating static routes … ✓ Completed in" (rendering the pages), and
 * each of this site's integrations times its own step ("[name] … in 43 ms" or "(43 ms)").
 */
export function buildPhases(log: string): Map<string, number> {
  const phases = new Map<string, number>();
  const add = (name: string, ms: number) => phases.set(name, (phases.get(name) ?? 0) + ms);
  let section: 'collect' | 'routes' | undefined;
  for (const line of log.split('\n')) {
    if (line.includes('Collecting build info')) section = 'collect';
    if (line.includes('generating static routes')) section = 'routes';
    const completed = /✓ Completed in (\d+(?:\.\d+)?)(ms|s)\b/.exec(line);
    if (completed && section) {
      add(section === 'collect' ? 'content sync and setup' : 'page generation', toMs(completed[1], completed[2]));
      section = undefined;
      continue;
    }
    const vite = /\[vite\] ✓ built in (\d+(?:\.\d+)?)(ms|s)\b/.exec(line);
    if (vite) {
      add('bundling', toMs(vite[1], vite[2]));
      continue;
    }
    const own = /\[([\w@/.-]+)\][^[]*?(?:\bin |\()(\d+(?:\.\d+)?) ?(ms|s)\b/.exec(line);
    const [, name = 'build', value, unit] = own ?? [];
    if (own && name !== 'build' && name !== 'types') add(name, toMs(value, unit));
  }
  return phases;
}
