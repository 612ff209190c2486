// Runs before the first paint, as a blocking external script (the CSP allows no inline one).
// The HTML is prerendered for a fresh visit in the light theme; this applies the stored or
// system theme before it shows (src/features/theme/use-theme.ts keeps it afterwards). For a
// #config= link it marks the page as opening one, so that the stylesheet shows the page's frame
// with a note in place of the prerendered empty configuration (src/main.tsx shows the link's).
// It adds no preload of the link's code: measured, 38 modulepreload links delayed the first paint
// by a third and showed the configuration no sooner (src/app/boot.ts loads that code in parallel).
(function () {
  var root = document.documentElement;
  var stored;
  try {
    stored = localStorage.getItem('neo-configurator-theme');
  } catch {
    stored = null;
  }
  var isDark =
    stored === 'dark' ||
    (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', isDark);
  root.style.colorScheme = isDark ? 'dark' : 'light';
  if (!/[#&]config=/.test(location.hash)) return;
  root.classList.add('opening-link');
})();
