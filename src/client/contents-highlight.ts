/**
 * Marks the section the reader is in: its link in the briefing's contents list gets `aria-current="true"` (styled
 * in src/styles/briefing.css). That section is the last one whose heading is above a line a fifth of the way down
 * the window: high enough that after a jump to a short section the next heading is still below it. An
 * IntersectionObserver wakes this only when a heading crosses the line, so nothing runs on every scroll event.
 * Without this script the contents are a plain list of links.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-contents] a')];
const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));

const mark = () => {
  const line = innerHeight / 5;
  let current = -1;
  headings.forEach((heading, i) => {
    if (heading && heading.getBoundingClientRect().top < line) current = i;
  });
  links.forEach((link, i) => {
    if (i === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  });
};

// The root shrunk to the window's top fifth: a heading entering or leaving it is the only moment the answer changes.
const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -80% 0px' });
for (const heading of headings) if (heading) observer.observe(heading);
// A jump (a link, Home, End) can carry every heading across the line at once; check again when the scroll ends.
addEventListener('scrollend', mark);
