/**
 * The site's main navigation, in order. `match` decides which item is marked as the current section; `short` is the
 * label on a phone, where the whole bar must fit one line at 320 px.
 */
export const NAVIGATION = [
  {
    href: '/#briefings',
    label: 'Briefings',
    match: (path: string) => path === '/' || path.startsWith('/briefings/'),
  },
  { href: '/timeline/', label: 'Timeline', match: (path: string) => path.startsWith('/timeline/') },
  { href: '/trade/', label: 'Trade', match: (path: string) => path.startsWith('/trade/') },
  { href: '/map/', label: 'Map', match: (path: string) => path.startsWith('/map/') },
  {
    href: '/about/',
    label: 'About & method',
    short: 'About',
    match: (path: string) => path.startsWith('/about/'),
  },
] as const satisfies readonly { href: string; label: string; short?: string; match: (path: string) => boolean }[];
