/** The site's main navigation, in order. `match` decides which item is marked as the current section. */
export const NAVIGATION = [
  { href: '/', label: 'Briefings', match: (path: string) => path === '/' || path.startsWith('/briefings/') },
  { href: '/timeline/', label: 'Timeline', match: (path: string) => path.startsWith('/timeline/') },
  { href: '/trade/', label: 'Trade', match: (path: string) => path.startsWith('/trade/') },
  { href: '/about/', label: 'About & method', match: (path: string) => path.startsWith('/about/') },
] as const;
