/*
 * The Sample Daily's dark mode, written as a news site writes its own: the reader's choice, remembered, else the
 * system's. It sets the site's switch (data-site-theme, which article.css styles the page by) and, on the same
 * line, the widgets' (data-upr-theme), so every <upr-*> element follows with no attribute of its own (README:
 * "The site's dark mode"). A classic script in <head>, so that the page is painted in its theme from the start.
 */
(function () {
  var root = document.documentElement;
  var KEY = 'sample-daily-theme';

  function apply(theme) {
    root.dataset.siteTheme = theme;
    root.dataset.uprTheme = theme;
  }

  var saved = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // storage blocked (private mode, a sandboxed frame): the system's setting, every visit
  }
  apply(saved === 'dark' || saved === 'light' ? saved : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-toggle');
    if (!button) return;
    var sync = function () {
      button.setAttribute('aria-pressed', String(root.dataset.siteTheme === 'dark'));
    };
    sync();
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = root.dataset.siteTheme === 'dark' ? 'light' : 'dark';
      apply(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // not remembered; the page still changes
      }
      sync();
    });
  });
})();
