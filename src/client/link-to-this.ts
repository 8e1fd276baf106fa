/**
 * "Link to this" controls (headings, timeline events, charts) are plain links to the thing's own address: without
 * JavaScript they go there, and the address bar holds the link to share. With it, activating one (click, Enter)
 * copies the page's canonical address with the thing's #anchor, says "Link copied" beside the control and to
 * screen readers, and puts the anchor in the address bar without scrolling. If copying fails, the link is followed.
 */
const announcer = document.createElement('p');
announcer.className = 'sr-only';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.self-link, a.chart-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // No clipboard (a page served over plain HTTP): the link does what a link does.
  if (!('clipboard' in navigator)) return;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const url = new URL(link.hash, canonical).href;
  event.preventDefault();
  navigator.clipboard.writeText(url).then(
    () => {
      history.replaceState(history.state, '', link.hash);
      link.dataset['copied'] = '';
      announcer.textContent = 'Link copied';
      setTimeout(() => {
        delete link.dataset['copied'];
        announcer.textContent = '';
      }, 2000);
    },
    () => {
      location.hash = link.hash;
    },
  );
});
