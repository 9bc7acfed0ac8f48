import { expect, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { generate } from '../hardening/bad-input-values.js';
import { hardened, shadowElements } from '../hardening/tools.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * Every attribute the shipped allow-lists let through (dist/allow-lists/upr-widgets.json, from the manifest), set
 * to hostile markup, ends up only as text: the widget's DOM (light and shadow) is the same as with a harmless value,
 * and no script runs. A sanitizer keeps these values as they are (they are not URLs), so this is what stands between
 * them and the page (README, "In your CMS"; tests/sanitizers/no-html-from-attributes.test.mjs checks the code).
 *
 * It reuses what exists: the markup payloads of the generated bad-input run (tests/hardening/bad-input-values.ts),
 * and leaves to tests/hardening/bad-input.test.ts the attributes whose plans already give them those payloads. It
 * checks the rest here: those no plan covers (the booleans, lang), and fails if an allow-listed attribute is in
 * neither.
 */

type Widgetish = HTMLElement & { updateComplete: Promise<unknown> };
type Lists = { elements: Record<string, string[]> };

const lists = (await fetch('/dist/allow-lists/upr-widgets.json').then((r) => (r.ok ? r.json() : undefined))) as Lists | undefined;

/** Values that are markup, script or a URL: what the hardening run calls `markup`. */
const isMarkup = (value: string) => /[<>]|javascript|data:|vbscript/i.test(value);

/** A harmless value the widget must treat as it treats the hostile one. */
function harmless(attribute: string, boolean: boolean): string {
  if (boolean) return '';
  return attribute === 'lang' ? 'x-none' : 'no-such-value';
}

/** Element names and attribute names (not values) of the element, its light DOM and its shadow DOM. */
function structure(el: Element): string[] {
  const describe = (node: Element) => `${node.localName}[${Array.from(node.attributes, (a) => a.name).sort().join(' ')}]`;
  return [describe(el), ...Array.from(el.querySelectorAll('*'), describe), '#shadow', ...(el.shadowRoot ? shadowElements(el.shadowRoot).map(describe) : [])];
}

describe('allow-listed attributes: hostile markup ends up only as text', () => {
  it('has the shipped allow-list (npm run build)', () => {
    expect(lists, 'dist/allow-lists/upr-widgets.json is missing: run npm run build').to.exist;
  });

  for (const spec of hardened) {
    it(`<${spec.tag}>: every allow-listed attribute is covered, and the uncovered ones render markup as text`, async () => {
      if (!lists) return;
      const { cases } = generate(spec);
      const markupCases = cases.filter((c) => c.label === 'markup');
      const payloads = [...new Set(markupCases.flatMap((c) => Object.values(c.attributes).filter(isMarkup)))];
      const covered = new Set(markupCases.flatMap((c) => Object.entries(c.attributes).filter(([, v]) => isMarkup(v)).map(([name]) => name)));
      const allowed = lists.elements[spec.tag] ?? [];
      expect(allowed, `${spec.tag} is not in the allow-list`).to.not.be.empty;
      expect(payloads.length, 'the hardening run has no markup payloads').to.be.greaterThan(10);

      const booleans = new Set<string>();
      const ctor = customElements.get(spec.tag) as unknown as { elementProperties?: Map<string, { type?: unknown; attribute?: string | boolean }> };
      for (const [name, options] of ctor.elementProperties ?? []) {
        if (options.type === Boolean) booleans.add(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
      }
      const base = { ...(spec.examples[0].byLanguage?.en ?? spec.examples[0].attributes) };
      const gap = allowed.filter((name) => !covered.has(name));
      const problems: string[] = [];
      let ran = 0;
      const alerts: unknown[] = [];
      const realAlert = window.alert;
      window.alert = (message?: unknown) => void alerts.push(message);
      captureWarnings(); // bad values warn; that is checked by the hardening suites
      try {
        for (const attribute of gap) {
          const make = (value: string) => {
            const el = document.createElement(spec.tag) as Widgetish;
            for (const [name, v] of Object.entries(base)) if (name !== attribute) el.setAttribute(name, v);
            el.setAttribute(attribute, value);
            return el;
          };
          const reference = make(harmless(attribute, booleans.has(attribute)));
          const hostile = payloads.map(make);
          const box = document.createElement('div');
          box.lang = 'en';
          box.append(reference, ...hostile);
          document.body.append(box);
          await Promise.all([reference, ...hostile].map((el) => el.updateComplete));
          await nextFrame();
          const expected = structure(reference).join('\n');
          hostile.forEach((el, i) => {
            ran += 1;
            const got = structure(el).join('\n').replace(`[${[...el.getAttributeNames()].sort().join(' ')}]`, `[${[...reference.getAttributeNames()].sort().join(' ')}]`);
            if (got !== expected) problems.push(`${attribute}=${JSON.stringify(payloads[i].slice(0, 60))}: the DOM differs from ${attribute}="${harmless(attribute, booleans.has(attribute))}"`);
            if (el.getAttribute(attribute) !== payloads[i]) problems.push(`${attribute}: the value was changed`);
          });
          box.remove();
        }
      } finally {
        window.alert = realAlert;
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(alerts, 'a script ran').to.deep.equal([]);
      // what the hardening run covers, plus what was checked here: every allow-listed attribute
      expect([...covered, ...gap].filter((n) => allowed.includes(n)).sort()).to.deep.equal([...allowed].sort());
      if (gap.length) expect(ran).to.equal(gap.length * payloads.length);
    });
  }
});
