import { aTimeout, expect } from '@open-wc/testing';
import type { PageContext } from '../../src/internal/widget-spec.js';
import { type Frame, nextFrame, openFrame, type Widget, widgetsIn } from '../helpers/frame.js';
import { byTurns, type Written, written } from './pages.js';
import { describeWidget, hardened, hardenedOf, popupPlacements, visible } from './tools.js';

/**
 * Strict Content Security Policies. Each page is a fixture file in an iframe, served by the test server (so
 * 'self' is the test server: Firefox does not give a srcdoc document its parent's origin for 'self'), whose
 * `<meta http-equiv="Content-Security-Policy">` comes before any script; a same-origin recorder script then
 * listens for `securitypolicyviolation` before the bundle loads. Its widgets are every widget's hardening examples
 * (in both languages and themes by turns) and, for each widget that shows an item, one with an unknown id and the
 * editor's own content: a same-origin script of the page writes them from its address (tests/hardening/pages/
 * widgets.ts), as no inline script may. Every widget must render, work and style itself without a single violation,
 * from the ES module build and from the classic build.
 */

/** One fixture page per policy and build (tests/hardening/pages/csp-<policy>-<build>.html), the same widgets on each. */
const BUILDS = [
  { name: 'the ES module build', file: 'module' },
  { name: 'the classic build', file: 'classic' },
  { name: 'the on-demand loader', file: 'loader' },
] as const;

const POLICIES = [
  {
    name: 'a strict policy',
    policy: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'",
    file: 'strict',
    trustedTypes: false,
  },
  { name: 'Trusted Types', policy: "require-trusted-types-for 'script'", file: 'trusted-types', trustedTypes: true },
] as const;

/** What the dark theme paints behind a widget (--upr-color-background). */
const DARK_BACKGROUND = 'rgb(23, 24, 26)';

const PLACED = byTurns().map((p) => written(p));
/** For each widget that shows an item and is not set in a sentence: one with an unknown id, and the editor's content. */
const UNKNOWN: Written[] = hardened
  .filter((spec) => spec.item && !spec.pageChecks.inline)
  .map((spec) => ({ tag: spec.tag, attributes: { [spec.item!.attribute]: `no-such-${spec.item!.attribute}` }, fallback: 'Fallback written by the editor' }));
const PAGE = `#${encodeURIComponent(JSON.stringify([...PLACED, ...UNKNOWN]))}`;

const checksOf = (el: Element) => hardenedOf(el.localName);
const isUnknown = (el: Element) => UNKNOWN.some((w) => w.tag === el.localName && Object.entries(w.attributes).every(([k, v]) => el.getAttribute(k) === v));

/** Violation events are queued as tasks: give them time to arrive. */
async function settle(win: Window): Promise<void> {
  await nextFrame(win);
  await aTimeout(50);
}

/** Problems with a widget that must show its content, styled by its own style sheets. */
function renderProblems(el: Widget): string[] {
  const { pageChecks, tools } = checksOf(el);
  const name = describeWidget(el);
  if (!el.matches(':defined')) return [`${name} is not upgraded`];
  const problems: string[] = [];
  if (!visible(tools.part(el, 'base'))) problems.push(`${name} is not on screen`);
  if (!visible(tools.part(el, pageChecks.content(el)))) problems.push(`${name} shows no ${pageChecks.content(el)}`);
  if (!pageChecks.inline) {
    if (tools.part(el, 'unavailable') || el.shadowRoot!.querySelector('slot')) problems.push(`${name} shows its fallback`);
    if (el.getBoundingClientRect().height <= 40) problems.push(`${name} takes up no space`);
    // the styles apply (constructed style sheets, which a style-src policy does not block)
    const background = getComputedStyle(tools.part(el, 'base')!).backgroundColor;
    if (el.getAttribute('theme') === 'dark' && background !== DARK_BACKGROUND) problems.push(`${name}: the dark theme paints ${background}`);
  }
  return [...problems, ...pageChecks.hierarchy(el, tools), ...(pageChecks.styled?.(el, tools) ?? [])];
}

for (const { name: policyName, policy, file, trustedTypes } of POLICIES) {
  describe(`a page with ${policyName} (${policy})`, function () {
    this.timeout(30000);

    for (const build of BUILDS) {
      describe(`loading ${build.name}`, () => {
        let page: Frame | undefined;
        let supported = true;

        before(async function () {
          if (trustedTypes && !('trustedTypes' in window)) {
            supported = false;
            return;
          }
          page = await openFrame({ src: `/tests/hardening/pages/csp-${file}-${build.file}.html${PAGE}` }, { title: 'page with a Content Security Policy' });
        });
        after(() => page?.iframe.remove());

        beforeEach(function () {
          if (!supported) {
            this.currentTest!.title += ' (skipped: this engine has no Trusted Types)';
            this.skip();
          }
        });

        it('renders every widget, styled, with the fallback where the id is unknown', () => {
          const { doc } = page!;
          const widgets = widgetsIn(doc);
          expect(widgets).to.have.length(PLACED.length + UNKNOWN.length);
          const problems = widgets.filter((el) => !isUnknown(el)).flatMap(renderProblems);
          expect(problems, problems.join('\n')).to.deep.equal([]);
          // the editor's own content, for the unknown ids
          for (const fallback of widgets.filter(isUnknown)) {
            expect(fallback.shadowRoot!.querySelector('slot'), `${describeWidget(fallback)}: fallback slot`).to.exist;
            expect(visible(fallback.querySelector('p')), `${describeWidget(fallback)}: fallback shown`).to.equal(true);
          }
          // the list of the sources the widgets cite, with its links
          for (const list of widgets.filter((el) => checksOf(el).pageChecks.sourceList)) {
            const { pageChecks, tools } = checksOf(list);
            const cited = [...new Set(widgets.flatMap((el) => [...checksOf(el).pageChecks.cites(el, checksOf(el).tools)]))].sort();
            expect(pageChecks.sourceList!.listed(list, tools), describeWidget(list)).to.deep.equal(cited);
          }
        });

        it('works: items open, the row scrolls, the copy button answers, a bar shows its figure, a term opens its definition beside it', async () => {
          const context: PageContext = { win: page!.win };
          const problems: string[] = [];
          for (const el of widgetsIn(page!.doc).filter((w) => !isUnknown(w))) {
            const { pageChecks, tools } = checksOf(el);
            if (pageChecks.use) problems.push(...(await pageChecks.use(el, context, tools)));
          }
          problems.push(...(await popupPlacements(context, widgetsIn(page!.doc))));
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });

        it('reports no policy violation, and logs and throws nothing but the warning about each unknown id', async () => {
          await settle(page!.win);
          const { violations, problems } = page!.record;
          expect(violations, violations.join('\n')).to.deep.equal([]);
          expect(problems, problems.join('\n')).to.have.length(UNKNOWN.length);
          // in any order: the loader defines each widget when its code and data are there
          UNKNOWN.forEach(({ tag, attributes }) => {
            const [[name, value]] = Object.entries(attributes);
            const warning = `console.warn: <${tag}>: ${name}="${value}" is not valid.`;
            expect(problems.filter((p) => p.startsWith(warning)), warning).to.have.length(1);
          });
        });

        it('enforces the policy: the page itself is stopped, and the violation is seen', async () => {
          const { doc, win, record } = page!;
          const probe = doc.createElement('div');
          doc.body.append(probe);
          if (trustedTypes) {
            // a string assigned as markup is refused without a policy
            expect(() => {
              probe.innerHTML = '<b>injected</b>';
            }).to.throw();
            expect(probe.querySelector('b')).to.equal(null);
          } else {
            probe.setAttribute('style', 'color: rgb(255, 0, 0)');
            expect(getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
          }
          await settle(win);
          probe.remove();
          expect(record.violations.length, 'violations seen by the recorder').to.be.greaterThan(0);
          record.violations.length = 0;
        });
      });
    }
  });
}
