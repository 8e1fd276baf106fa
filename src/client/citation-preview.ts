/**
 * Citation previews. A citation marker is a link to its numbered source at the foot of the page; with this script,
 * clicking, tapping or pressing Enter on it instead shows the sources of its marker group in a popover next to it,
 * copied from that list (so the preview is the build's HTML, never fetched). Escape, a second activation, the close
 * button or a click elsewhere closes it, and focus goes back to the marker. A disclosure, not a tooltip: the
 * preview holds links (https://w3.org/WAI/ARIA/apg/patterns/disclosure), so it sits right after the marker in the
 * page and the marker says whether it is expanded.
 */
const preview = document.createElement('div');
preview.id = 'cite-preview';
preview.popover = 'auto';
preview.className = 'cite-preview not-prose no-print';
preview.setAttribute('role', 'group');
preview.setAttribute('aria-labelledby', 'cite-preview-title');
preview.innerHTML =
  '<p id="cite-preview-title"></p><ol class="source-list"></ol><button type="button" popovertarget="cite-preview" popovertargetaction="hide" aria-label="Close">×</button>';
const [title, list] = preview.children as unknown as [HTMLElement, HTMLOListElement];

/** The marker whose preview is open, and the one that was open when a pointer last went down. */
let owner: HTMLAnchorElement | undefined;
let pressedWhileOpen: HTMLAnchorElement | undefined;
let following = false;

const isOpen = () => preview.matches(':popover-open');

function open(marker: HTMLAnchorElement): void {
  // The marker group ([3, 24] or [10–14]) is one <sup>: a link per number shown, an anchor per number a range hides.
  const sup = marker.parentElement as HTMLElement;
  const targets = new Set(
    [...sup.querySelectorAll<HTMLElement>('[id]')].map((cite) => cite.getAttribute('href') ?? cite.dataset['source']),
  );
  const numbers = [...sup.querySelectorAll('a')]
    .map((a) => a.textContent)
    .join('')
    .replace(/[[\]]/g, '');
  title.textContent = `Source${targets.size > 1 ? 's' : ''} ${numbers}`;
  list.replaceChildren(
    ...[...targets].map((target = '') => {
      const item = document.getElementById(target.slice(1)) as HTMLLIElement;
      const li = document.createElement('li');
      li.value = item.value;
      for (const node of item.childNodes) {
        if (!(node instanceof Element && node.matches('.source-backlinks'))) li.append(node.cloneNode(true));
      }
      const link = document.createElement('a');
      link.href = target;
      link.textContent = 'In the list of sources';
      li.append(' ', link);
      return li;
    }),
  );
  if (isOpen()) preview.hidePopover();
  sup.after(preview);
  owner = marker;
  marker.setAttribute('aria-expanded', 'true');
  // `source` makes the marker the popover's invoker where supported: clicking it is not an outside click, and the
  // preview follows it in the Tab order. Older browsers ignore the option; the pointerdown record covers them.
  preview.showPopover({ source: marker });
  place(marker);
}

/** Under the marker, or above it when there is no room below; never past the sides of the window. */
function place(marker: HTMLElement): void {
  const box = marker.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = preview;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  const above = box.bottom + height + 12 > innerHeight && box.top > height + 12;
  preview.style.left = `${left + scrollX}px`;
  preview.style.top = `${(above ? box.top - height - 4 : box.bottom + 4) + scrollY}px`;
}

// Runs as the preview starts to close, however it closes: focus inside it goes back to the marker.
preview.addEventListener('beforetoggle', (event) => {
  if ((event as ToggleEvent).newState !== 'closed' || !owner) return;
  owner.setAttribute('aria-expanded', 'false');
  if (!following && preview.contains(document.activeElement)) owner.focus();
});
// Following a link in the preview closes it, leaving focus where the link leads.
preview.addEventListener('click', (event) => {
  if (!(event.target as Element).closest('a')) return;
  following = true;
  preview.hidePopover();
  following = false;
});

for (const marker of document.querySelectorAll('a.cite-link')) marker.setAttribute('aria-expanded', 'false');

document.addEventListener(
  'pointerdown',
  () => {
    pressedWhileOpen = isOpen() ? owner : undefined;
  },
  true,
);
document.addEventListener('click', (event) => {
  // Leave new-tab and new-window clicks to the browser: the marker is still a link.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const marker = (event.target as Element).closest?.<HTMLAnchorElement>('a.cite-link');
  if (!marker) return;
  event.preventDefault();
  // A pointer press outside an open popover may already have closed it (light dismiss) before this click.
  const wasOpen = event.detail > 0 ? pressedWhileOpen === marker : isOpen() && owner === marker;
  if (wasOpen) {
    if (isOpen()) preview.hidePopover();
  } else open(marker);
});
