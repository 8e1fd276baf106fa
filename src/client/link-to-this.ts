/**
 * "Link to this" controls (headings, charts) are plain links to the thing's own address: without JavaScript they go
 * there, and the address bar holds the link to share. With it, activating one (click, Enter) copies the page's
 * canonical address with the thing's #anchor, says "Link copied" beside the control (its data-copied attribute)
 * and to screen readers, and puts the anchor in the address bar without scrolling. Without a clipboard (a page
 * served over plain HTTP), or if copying fails, the link is followed.
 *
 * Timeline events get their control here, after their themes: without JavaScript their headline is the plain link
 * to them, and a long timeline is spared a second link per event in its HTML.
 */
// A polite live region rather than role="status": the timeline's result count is the page's status.
const announcer = document.body.appendChild(document.createElement('p'));
announcer.className = 'sr-only';
announcer.setAttribute('aria-live', 'polite');

for (const event of document.querySelectorAll('.timeline-event')) {
  const link = document.createElement('a');
  link.href = `#${event.id}`;
  link.className = 'self-link';
  link.ariaLabel = 'Link to this event';
  link.textContent = '#';
  event.querySelector('.timeline-meta')?.append(link);
}

addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('.self-link,.chart-link');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !navigator.clipboard) return;
  event.preventDefault();
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  navigator.clipboard.writeText(new URL(link.hash, canonical).href).then(
    () => {
      history.replaceState(history.state, '', link.hash);
      link.dataset['copied'] = announcer.textContent = 'Link copied';
      setTimeout(() => {
        delete link.dataset['copied'];
        announcer.textContent = '';
      }, 2000);
    },
    () => (location.hash = link.hash),
  );
});
