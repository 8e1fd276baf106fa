/**
 * Natural Earth's countries at 1:50 million (the world-atlas package's TopoJSON), read from node_modules at build
 * time: never fetched, never shipped to the browser. 1:50m keeps the Caspian's and the Black Sea's coasts
 * recognisable at the widest a map is shown; each map then simplifies it to what its size can display.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from '~/lib/map/geometry';

let cached: WorldTopology | undefined;

/** The world's countries and land as TopoJSON, read once per build. */
export function loadWorld(): WorldTopology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as WorldTopology;
  return cached;
}
