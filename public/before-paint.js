// Runs before the first paint, as a blocking external script (the CSP allows no inline one).
// The HTML is prerendered for a fresh visit in the light theme; this applies the stored or
// system theme before it shows (src/features/theme/use-theme.ts keeps it afterwards), and hides
// the prerendered empty configuration when a #config= link will replace it (src/main.tsx).
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
  if (/[#&]config=/.test(location.hash)) root.classList.add('opening-link');
})();
