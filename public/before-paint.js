// Runs before the first paint, as a blocking external script (the CSP allows no inline one).
// The HTML is prerendered for a fresh visit in the light theme; this applies the stored or
// system theme before it shows (src/features/theme/use-theme.ts keeps it afterwards). For a
// #config= link it marks the page as opening one, so that the stylesheet shows the page's frame
// with a note in place of the prerendered empty configuration (src/main.tsx shows the link's).
// It loads the link's first view (src/app/link-glance.ts), which shows the link's JSON with that
// note while the app's entry loads and compiles: on a slow CPU the entry alone takes longer than
// the fresh visit takes to paint. And it asks for the code that shows a link (the few chunks
// src/app/boot.ts waits for), so that it arrives, and compiles off the main thread, while the
// entry does, not once the entry has run: measured on fast-4G at 4x, a link showed its
// configuration 10% sooner (on loopback, where the network costs nothing, the same within the
// noise). It asks at the low priority of the entry and of the first view's script: at a higher
// one, a browser on a slow network sends the target's code (the largest of them) before the
// first view's script, which then paints later, and Lighthouse counts every high-priority script
// that arrives before the first paint as one it waited for (its simulated first paint of a link
// page 1,425 -> 1,139 ms, 3 runs each; on the bench's fast-4G at 4x the same within the noise).
// The build writes the first view's file name into linkGlance, the chunks' into linkPageCode,
// and those of the request's code, which a link with request fields waits for too, into
// linkRequestCode (vite.config.ts); the dev server serves them empty.
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
  // The app's entry, which the build names in this script's data-entry, is asked for once the
  // first paint is on screen: V8 compiles it on another core as it arrives, which would compete
  // with that paint (vite.config.ts, entryAfterFirstPaint). It is asked for when the document has
  // been parsed at the latest (a page that paints later, or never: a tab in the background), so
  // that the load event still waits for it and the app takes the page over right after load.
  var entry = document.currentScript && document.currentScript.getAttribute('data-entry');
  if (entry) {
    var isAsked = false;
    var askForEntry = function () {
      if (isAsked) return;
      isAsked = true;
      var script = document.createElement('script');
      script.type = 'module';
      // As the chunks it imports are preloaded (vite.config.ts): low, like everything but the
      // stylesheet, and in the same credentials mode, or their preloads would not be used.
      script.crossOrigin = '';
      script.fetchPriority = 'low';
      script.src = entry;
      document.head.appendChild(script);
    };
    var entryTypes = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (entryTypes && entryTypes.indexOf('paint') >= 0) {
      new PerformanceObserver(askForEntry).observe({ type: 'paint', buffered: true });
    }
    document.addEventListener('DOMContentLoaded', askForEntry);
  }
  if (!/[#&]config=/.test(location.hash)) {
    // The prerendered page shows its buttons, tabs and devices before the app can answer them:
    // what is clicked meanwhile is kept until React starts to listen (src/main.tsx), and the app
    // then clicks it again (src/app/typed-before-hydration.ts). A link's page is rendered by the
    // app, never clicked first.
    var clicked = (window.clickedBeforeTakeOver = []);
    window.onclick = function (event) {
      clicked.push(event.target);
    };
    return;
  }
  root.classList.add('opening-link');
  var linkGlance = '';
  if (linkGlance !== '') {
    var glance = document.createElement('script');
    glance.src = './' + linkGlance;
    document.head.appendChild(glance);
  }
  var linkPageCode = [];
  var linkRequestCode = [];
  var files = /[#&]request=/.test(location.hash)
    ? linkPageCode.concat(linkRequestCode)
    : linkPageCode;
  for (var i = 0; i < files.length; i++) {
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    // As the entry's own script tag is: a module fetched otherwise would not match the preload.
    preload.crossOrigin = '';
    preload.fetchPriority = 'low';
    preload.href = './' + files[i];
    document.head.appendChild(preload);
  }
})();
