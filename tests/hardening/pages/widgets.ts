/**
 * The widgets of a hardening fixture page (tests/hardening/pages/csp-*.html), written from the page's address:
 * `#` and the JSON of a list of `Written` widgets (tests/hardening/pages.ts), which the test makes from the specs'
 * examples. A same-origin classic script in the body, so that a strict Content Security Policy (`script-src
 * 'self'`) lets it run, and it writes the widgets with DOM methods only, which Trusted Types do not police: the
 * page then has them before the bundle runs, as if they were in its markup.
 *
 * A classic script (no import or export), so its names stay inside this block.
 */
{
  interface Written {
    tag: string;
    attributes: Record<string, string>;
    sentence?: { before: string; words: string; after: string; lang?: string };
    fallback?: string;
  }

  const widgets = JSON.parse(decodeURIComponent(location.hash.slice(1)) || '[]') as Written[];
  for (const { tag, attributes, sentence, fallback } of widgets) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (fallback) {
      const p = document.createElement('p');
      p.textContent = fallback;
      el.append(p);
    }
    if (sentence) {
      const p = document.createElement('p');
      if (sentence.lang) p.lang = sentence.lang;
      el.textContent = sentence.words;
      p.append(sentence.before, el, sentence.after);
      document.body.append(p);
    } else document.body.append(el);
  }
}
