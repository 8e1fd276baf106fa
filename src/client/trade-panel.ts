/**
 * Trade panel switches, enhanced: the switch links already lead to views in the page. This script
 * shows the chosen view in place (no jump), keeps it in the URL's #fragment so a reload or a shared link opens
 * it, moves focus to the same switch in the new view, and announces the change politely.
 */
for (const container of document.querySelectorAll<HTMLElement>('[data-trade-views]')) {
  const views = [...container.querySelectorAll<HTMLElement>(':scope > .trade-view')];
  const status = container.parentElement?.querySelector<HTMLElement>('[data-trade-status]');
  const byId = new Map(views.map((view) => [view.id, view]));

  const show = (view: HTMLElement) => {
    for (const other of views) other.toggleAttribute('data-active', other === view);
  };

  const fromHash = () => byId.get(decodeURIComponent(location.hash.slice(1)));
  const initial = fromHash() ?? views.find((v) => v.hasAttribute('data-default')) ?? views[0];
  if (initial) show(initial);
  container.setAttribute('data-enhanced', '');

  container.addEventListener('click', (event) => {
    // Leave new-tab and new-window clicks to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-switch]');
    const target = link && byId.get(decodeURIComponent(link.hash.slice(1)));
    if (!link || !target) return;
    event.preventDefault();
    show(target);
    history.replaceState(history.state, '', `#${target.id}`);
    // Every view has the same switch grid, so the chosen switch is in the same place, now marked current.
    const sameSwitch = target.querySelector<HTMLElement>('a[data-switch][aria-current]');
    if (sameSwitch) sameSwitch.focus();
    else {
      target.tabIndex = -1;
      target.focus();
    }
    if (status) {
      const summary = target.querySelector('[data-trade-summary]')?.textContent ?? '';
      status.textContent = `${target.getAttribute('aria-label')?.replace(/^Trade figures: /, 'Showing ') ?? ''}. ${summary}`;
    }
  });

  // Back/forward and in-page links to a view (from a briefing's "other years" link, say) still work.
  window.addEventListener('hashchange', () => {
    const view = fromHash();
    if (view) show(view);
  });
}
