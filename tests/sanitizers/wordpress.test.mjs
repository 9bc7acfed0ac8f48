// WordPress's real kses, wpautop and wptexturize (Debian's `wordpress` package, /usr/share/wordpress, under
// php-cli), driven through tests/sanitizers/wordpress.php, which loads WordPress's own files and names the one
// stub it needs (current_user_can: a user without unfiltered_html). Skipped, with the reason, when php or WordPress
// is missing; with CI=true that is a failure (.ci/run installs both).
//
// What it shows:
// - for a user without unfiltered_html, kses strips every widget and attribute by default, and with the shipped
//   plugin (dist/allow-lists/wordpress-plugin.php and wordpress-kses.php) saves the article body byte for byte;
// - wpautop (the classic editor's the_content) splits a widget from a block-level fallback, so that the fallback
//   shows beside the widget: the quote twice; the form the README documents (the element and a fallback of
//   phrasing elements on one line) comes through whole, each fallback inside its widget and nowhere else.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { allowLists } from '../../scripts/allow-lists.mjs';
import { articleBody, builderBodies, dangers, HOSTILE, manifest, readmeBlock, root, TAGS, widgetsIn, wpautopSafeBody } from './article.mjs';

const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
const HARNESS = fileURLToPath(new URL('wordpress.php', import.meta.url));
const ci = process.env.CI === 'true' || process.env.CI === '1';

const php = spawnSync('php', ['--version'], { encoding: 'utf8' });
const missing = [
  php.status === 0 ? '' : 'php-cli (the `php` command; Debian package php-cli)',
  existsSync(join(WORDPRESS, 'wp-includes', 'kses.php')) ? '' : `WordPress at ${WORDPRESS} (Debian package wordpress, or WORDPRESS_PATH)`,
].filter(Boolean);
const skip = missing.length && !ci ? `needs ${missing.join(' and ')}` : false;

/** The shipped plugin and array, as a site installs them: both files in one folder. */
function pluginFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'upr-wp-'));
  const files = allowLists(manifest);
  for (const name of ['wordpress-plugin.php', 'wordpress-kses.php']) {
    const built = new URL(`dist/allow-lists/${name}`, root);
    writeFileSync(join(dir, name), existsSync(built) ? readFileSync(built, 'utf8') : files[name]);
  }
  return dir;
}

/** Runs bodies through WordPress: { name: { saved, rendered, autop, texturized } }. */
function wordpress(bodies, { plugin = false } = {}) {
  const dir = plugin ? pluginFolder() : undefined;
  try {
    const out = execFileSync('php', [HARNESS, WORDPRESS], {
      input: JSON.stringify({ bodies, plugin: dir ? join(dir, 'wordpress-plugin.php') : null }),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const parse = (html) => new JSDOM(`<body>${html}</body>`).window.document;
const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether each widget of `input` is in `output` whole: the same attributes, the same elements inside it (by tag and
 * attributes, in order), and its fallback's words inside it and nowhere else on the page. Words are compared after
 * wptexturize (`texturized`: the input as the_content's typography makes it).
 */
function whole(texturized, output) {
  const before = parse(texturized);
  const after = parse(output);
  const problems = [];
  for (const tag of TAGS) {
    const a = before.querySelector(tag);
    const b = after.querySelector(tag);
    if (!a) continue;
    if (!b) {
      problems.push(`<${tag}> is gone`);
      continue;
    }
    const shape = (el) => [...el.querySelectorAll('*')].map((e) => `${e.localName}${[...e.attributes].map((x) => ` ${x.name}="${x.value}"`).join('')}`);
    if (widgetsIn(a.outerHTML)[0] !== widgetsIn(b.outerHTML)[0]) problems.push(`<${tag}>'s attributes changed: ${widgetsIn(b.outerHTML)[0]}`);
    const [sa, sb] = [shape(a), shape(b)];
    if (JSON.stringify(sa) !== JSON.stringify(sb)) {
      const lost = sa.filter((x) => !sb.includes(x)).slice(0, 3);
      const added = sb.filter((x) => !sa.includes(x)).slice(0, 3);
      problems.push(`<${tag}>'s fallback changed: ${sa.length} elements before, ${sb.length} after; lost ${lost.join(', ') || 'none'}; added ${added.join(', ') || 'none'}`);
    }
    const words = normalize(a.textContent);
    if (normalize(b.textContent) !== words) problems.push(`<${tag}>'s fallback words changed: "${normalize(b.textContent).slice(0, 80)}"`);
    // the fallback's words must be on the page only inside the widget
    const sample = words.slice(0, 40);
    const count = (text) => normalize(text).split(sample).length - 1;
    if (sample && count(after.body.textContent) !== count(b.textContent)) {
      problems.push(`<${tag}>'s fallback is on the page ${count(after.body.textContent)} times, ${count(b.textContent)} inside it`);
    }
  }
  return problems;
}

describe('WordPress (kses, wpautop, wptexturize) with the shipped plugin', { skip }, () => {
  it('has php-cli and WordPress (CI installs both: .ci/run)', () => {
    assert.deepEqual(missing, [], `missing: ${missing.join('; ')}`);
    assert.match(execFileSync('php', ['-r', `require '${WORDPRESS}/wp-includes/version.php'; echo $wp_version;`], { encoding: 'utf8' }), /^\d+\.\d+/);
  });

  it('by default, kses strips every widget and attribute for a user without unfiltered_html (the problem)', async () => {
    const body = await articleBody();
    const { body: out } = wordpress({ body });
    assert.deepEqual(widgetsIn(out.saved), [], 'kses kept a widget without the plugin: this test no longer shows the problem');
    assert.ok(widgetsIn(body).length === TAGS.length);
  });

  it('with the plugin, kses saves the article body (every element, attribute and fallback) byte for byte', async () => {
    const body = await articleBody();
    const { body: out } = wordpress({ body }, { plugin: true });
    assert.equal(out.saved, body);
  });

  it('with the plugin, kses still removes the hostile markup inside and around the widgets', () => {
    const bodies = Object.fromEntries(HOSTILE.map((h) => [h.label, h.html]));
    const out = wordpress(bodies, { plugin: true });
    const plain = wordpress(bodies);
    for (const { label } of HOSTILE) {
      assert.deepEqual(dangers(out[label].saved, { script: true }), [], `${label}: ${out[label].saved}`);
      const added = dangers(out[label].saved).filter((d) => !dangers(plain[label].saved).includes(d));
      assert.deepEqual(added, [], `${label}: the plugin lets through what kses removes without it`);
      for (const widget of widgetsIn(out[label].saved)) assert.doesNotMatch(widget, / (style|data-x|tabindex|autofocus|src|href)=/, `${label}: ${widget}`);
    }
  });

  it('wpautop splits a widget from a block-level fallback, so the fallback shows beside it (the form to avoid)', async () => {
    const body = await articleBody();
    const { body: out } = wordpress({ body }, { plugin: true });
    const problems = whole(out.texturized, out.rendered);
    assert.ok(problems.some((p) => p.startsWith("<upr-quote>'s fallback")), `wpautop no longer splits the block form: ${problems.join('; ')}`);
  });

  it('the wpautop-safe form (a <div> around the element and its fallback of phrasing elements, on one line) comes through the_content whole', async () => {
    const body = await wpautopSafeBody();
    const { body: out } = wordpress({ body }, { plugin: true });
    assert.equal(out.saved, body, 'kses changed the wpautop-safe body');
    assert.deepEqual(whole(out.texturized, out.rendered), []);
    // and the same for a user with unfiltered_html (nothing stripped; wpautop alone)
    assert.deepEqual(whole(body, out.autop), []);
  });

  describe('markup forms against the real wpautop (the evidence for the README)', () => {
    const quote = 'The hundreds of recommendations that we have received and accepted';
    const cases = [
      { form: 'block fallback on lines of its own (the README form for other sites)', safe: false, html: `<upr-quote quote="q">\n  <figure class="embed-fallback">\n    <blockquote class="quote"><p>${quote}</p></blockquote>\n    <figcaption><p class="attribution"><b>Do Hung Viet</b></p></figcaption>\n  </figure>\n</upr-quote>` },
      { form: 'block fallback, all on one line', safe: false, html: `<upr-quote quote="q"><figure class="embed-fallback"><blockquote class="quote"><p>${quote}</p></blockquote></figure></upr-quote>` },
      { form: 'block fallback, the widget in a <div> of its own', safe: false, html: `<div class="embed">\n<upr-quote quote="q"><div class="embed-fallback"><p>${quote}</p></div></upr-quote>\n</div>` },
      { form: 'phrasing fallback on one line', safe: true, html: `<upr-quote quote="q"><span class="embed-fallback"><span class="quote">${quote}</span> <span class="attribution"><b>Do Hung Viet</b></span></span></upr-quote>` },
      { form: 'phrasing fallback on one line, in a <div> on lines of its own', safe: true, html: `<div class="embed">\n<upr-quote quote="q"><span class="embed-fallback"><span class="quote">${quote}</span></span></upr-quote>\n</div>` },
      { form: 'phrasing fallback over several lines', safe: false, html: `<upr-quote quote="q">\n<span class="embed-fallback">\n<span class="quote">${quote}</span>\n</span>\n</upr-quote>` },
      { form: 'no fallback', safe: true, html: '<upr-quote quote="q"></upr-quote>' },
    ];
    const bodies = Object.fromEntries(cases.map((c) => [c.form, `<p>Before.</p>\n\n${c.html}\n\n<p>After.</p>`]));
    let out;
    for (const c of cases) {
      it(`${c.safe ? 'survives' : 'is broken'}: ${c.form}`, () => {
        out ??= wordpress(bodies, { plugin: true });
        const problems = whole(out[c.form].texturized, out[c.form].rendered);
        if (c.safe) assert.deepEqual(problems, [], out[c.form].rendered);
        else assert.notDeepEqual(problems, [], `expected wpautop to break it:\n${out[c.form].rendered}`);
      });
    }
  });
});

describe("the README's WordPress form", { skip }, () => {
  it('is the shipped plugin', () => {
    const plugin = readFileSync(new URL('dist/allow-lists/wordpress-plugin.php', root), 'utf8');
    assert.ok(plugin.includes(readmeBlock('php', 'wp_kses_allowed_html')), "the README's filter is not the one in wordpress-plugin.php");
  });

  it('its one-line example survives kses and the_content whole', () => {
    const example = readmeBlock('html', 'upr-fallback');
    const { example: out } = wordpress({ example: `<p>Before.</p>\n\n${example}\n<p>After.</p>` }, { plugin: true });
    assert.equal(out.saved, `<p>Before.</p>\n\n${example}\n<p>After.</p>`);
    assert.deepEqual(whole(out.texturized, out.rendered), []);
    assert.equal(parse(out.rendered).querySelector('upr-quote').parentElement.localName, 'div');
  });
});

describe("the builder's code, pasted into the classic editor", { skip }, () => {
  it('comes through kses (with the plugin) and the_content whole, for every example of every widget in both languages', async () => {
    const cases = await builderBodies();
    const out = wordpress(Object.fromEntries(cases.map((c) => [c.label, c.body])), { plugin: true });
    for (const { label, tag, inSentence, body } of cases) {
      const { saved, rendered, texturized } = out[label];
      assert.equal(saved, body, `${label}: kses changed it`);
      const page = parse(rendered);
      const found = page.querySelectorAll(tag);
      assert.equal(found.length, 1, `${label}: ${found.length} widgets in\n${rendered}`);
      assert.deepEqual(widgetsIn(found[0].outerHTML), widgetsIn(body), `${label}: its attributes changed`);
      assert.equal(found[0].textContent, parse(texturized).querySelector(tag).textContent, `${label}: the words inside changed`);
      // in its sentence, or alone in its <div>: no paragraph, line break or stray text added around it
      const parent = found[0].parentElement;
      assert.equal(parent.localName, inSentence ? 'p' : 'div', `${label}: in <${parent.localName}>\n${rendered}`);
      if (!inSentence) assert.equal(parent.innerHTML.trim(), found[0].outerHTML, `${label}: the <div> holds more than the widget\n${rendered}`);
    }
  });
});
