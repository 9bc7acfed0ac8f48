import { aTimeout, expect } from '@open-wc/testing';
import { quoteStrings } from '../../src/upr-quote/upr-quote.strings.js';
import { nextFrame, type PageRecord, TAGS, type Widget, widgetsIn } from '../helpers/frame.js';
import { part } from '../helpers/shadow.js';

/**
 * Strict Content Security Policies. Each page is a fixture file in an iframe, served by the test server (so
 * 'self' is the test server: Firefox does not give a srcdoc document its parent's origin for 'self'), whose
 * `<meta http-equiv="Content-Security-Policy">` comes before any script; a same-origin recorder script then
 * listens for `securitypolicyviolation` before the bundle loads. Every widget must render, work and style itself
 * without a single violation, from the ES module build and from the classic build.
 */

/** One fixture page per policy and build (tests/hardening/pages/csp-<policy>-<build>.html), the same widgets on each. */
const BUILDS = [
  { name: 'the ES module build', file: 'module' },
  { name: 'the classic build', file: 'classic' },
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

interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  record: PageRecord;
}

function describeWidget(el: Element): string {
  return `<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`).join('')}>`;
}

function isShown(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility === 'visible';
}

/** Loads a page in an iframe and waits until its widgets have rendered. */
async function openFrame(src: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'page with a Content Security Policy';
  // fixed at the top left: WebKit throttles animation frames (and so rendering updates) in iframes out of view
  iframe.style.cssText = 'position:fixed;top:0;left:0;width:800px;height:600px;border:0';
  iframe.src = src;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const record = (win as unknown as { __uprRecord?: PageRecord }).__uprRecord;
  if (!record) throw new Error('the recorder script did not run in the page (blocked by the policy?)');
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(
      () => reject(new Error(`widgets still undefined after 10 s: ${[...record.problems, ...record.violations].join('; ')}`)),
      10000,
    );
  });
  await Promise.race([Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))), timeout]).finally(() =>
    window.clearTimeout(timer),
  );
  await Promise.all(widgetsIn(doc).map((el) => el.updateComplete));
  await nextFrame(win);
  await nextFrame(win);
  return { iframe, win, doc, record };
}

/** Violation events are queued as tasks: give them time to arrive. */
async function settle(win: Window): Promise<void> {
  await nextFrame(win);
  await aTimeout(50);
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
          page = await openFrame(`/tests/hardening/pages/csp-${file}-${build.file}.html`);
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
          expect(widgets).to.have.length(10);
          for (const el of widgets.slice(0, 6)) {
            const name = describeWidget(el);
            expect(el.matches(':defined'), `${name} is upgraded`).to.equal(true);
            expect(isShown(part(el, 'base')), `${name} is on screen`).to.equal(true);
            expect(!!part(el, 'unavailable') || !!el.shadowRoot!.querySelector('slot'), `${name} shows its fallback`).to.equal(false);
            expect(el.getBoundingClientRect().height, `${name} takes up space`).to.be.greaterThan(40);
          }
          // the styles apply (constructed style sheets, which a style-src policy does not block)
          const quote = widgets[0];
          expect(parseFloat(getComputedStyle(part(quote, 'quote')!).fontSize)).to.equal(1.25 * parseFloat(getComputedStyle(quote).fontSize));
          expect(getComputedStyle(part(quote, 'copy-button')!).borderTopStyle).to.equal('solid');
          const card = widgets[2];
          const figure = part(card, 'value')!.querySelector('.figure')!;
          expect(parseFloat(getComputedStyle(figure).fontSize)).to.be.at.least(2 * parseFloat(getComputedStyle(part(card, 'label')!).fontSize));
          expect(getComputedStyle(part(widgets[3], 'base')!).backgroundColor, 'dark theme').to.equal('rgb(23, 24, 26)');
          const [vertical, horizontal] = [widgets[4], widgets[5]];
          expect(isShown(vertical.shadowRoot!.querySelector('[part~="item-highlighted"] [part~="summary"]')), 'highlighted item open').to.equal(true);
          expect(getComputedStyle(part(horizontal, 'list')!).display, 'horizontal row').to.equal('flex');
          expect(isShown(part(horizontal, 'controls')), 'Earlier/Later buttons').to.equal(true);
          // the editor's own content, for the unknown id
          const fallback = widgets[6];
          expect(fallback.shadowRoot!.querySelector('slot'), 'fallback slot').to.exist;
          expect(isShown(fallback.querySelector('p')), 'fallback shown').to.equal(true);
          // the chart: a bold title, and bars drawn to their length (SVG attributes, not style attributes)
          const chart = doc.querySelector('upr-recommendations-chart')!;
          expect(getComputedStyle(part(chart, 'title')!).fontWeight, 'bold chart title').to.equal('700');
          const bars = Array.from(chart.shadowRoot!.querySelectorAll('[part~="bar"]'), (bar) => bar.querySelector('.length')!.getBoundingClientRect().width);
          expect(bars, 'six bars').to.have.length(6);
          expect(bars.every((width) => width > 0), 'drawn').to.equal(true);
          expect(getComputedStyle(part(chart, 'tooltip')!).visibility, 'tooltips hidden until asked for').to.equal('hidden');
          // a term's words, underlined (the words themselves are the page's text)
          const term = doc.querySelector('upr-term')!;
          expect(getComputedStyle(part(term, 'trigger')!).textDecorationStyle, 'dotted underline').to.equal('dotted');
          expect(isShown(part(term, 'popover')), 'definition closed').to.equal(false);
          // the list of the sources the widgets cite, styled, with its links
          const sources = doc.querySelector('upr-sources')!;
          expect(isShown(part(sources, 'heading')), 'sources heading').to.equal(true);
          expect(getComputedStyle(part(sources, 'heading')!).fontWeight, 'bold heading').to.equal('700');
          expect(getComputedStyle(part(sources, 'list')!).listStyleType, 'a list without markers').to.equal('none');
          expect(sources.shadowRoot!.querySelectorAll('[part~="entry"]').length, 'sources listed').to.be.greaterThan(5);
          expect(sources.shadowRoot!.querySelectorAll('[part~="entry"] a[href^="https://"]').length, 'links').to.be.greaterThan(0);
        });

        it('works: items open, the row scrolls, the copy button answers, a bar shows its figure, a term opens its definition beside it', async () => {
          const { doc } = page!;
          const [vertical, horizontal] = Array.from(doc.querySelectorAll<Widget>('upr-timeline'));
          const toggle = vertical.shadowRoot!.querySelector<HTMLButtonElement>('[part~="title"] button')!;
          toggle.click();
          await vertical.updateComplete;
          expect(toggle.getAttribute('aria-expanded')).to.equal('true');
          expect(isShown(vertical.shadowRoot!.querySelector('[part~="item"] [part~="summary"]')), 'opened item').to.equal(true);

          // the row starts scrolled to the highlighted item; Later moves it further (smoothly: wait for it). On
          // screen, as for a reader who clicks it: Firefox does not animate a scroller out of view.
          horizontal.scrollIntoView();
          const row = part(horizontal, 'list')!;
          const start = row.scrollLeft;
          horizontal.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')[1].click();
          for (let i = 0; i < 60 && row.scrollLeft <= start; i++) await aTimeout(50);
          expect(row.scrollLeft, 'scrolled by Later').to.be.greaterThan(start);

          const quote = doc.querySelector<Widget>('upr-quote')!;
          part(quote, 'copy-button')!.click();
          for (let i = 0; i < 60 && !part(quote, 'copy-status')!.textContent!.trim(); i++) await aTimeout(10);
          // copied, or (without clipboard permission in a test browser) a polite failure: either way an answer
          expect([quoteStrings.en.copied, quoteStrings.en.copyFailed]).to.include(part(quote, 'copy-status')!.textContent!.trim());

          // a bar focused shows its tooltip; an arrow key moves to the next bar
          const chart = doc.querySelector<Widget>('upr-recommendations-chart')!;
          const [first, second] = Array.from(chart.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]'));
          first.focus();
          expect(getComputedStyle(first.querySelector('[part~="tooltip"]')!).visibility, 'tooltip on focus').to.equal('visible');
          first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
          await chart.updateComplete;
          expect(chart.shadowRoot!.activeElement, 'the next bar').to.equal(second);
          second.blur();

          // the definition is placed by script through the CSSOM (element.style), which style-src does not block,
          // unlike a style attribute written in markup
          const term = doc.querySelector<Widget>('upr-term')!;
          term.scrollIntoView({ block: 'nearest' });
          const words = part(term, 'trigger')!;
          words.click();
          await term.updateComplete;
          const card = part(term, 'popover')!;
          for (let i = 0; i < 60 && !card.style.top; i++) await aTimeout(10);
          await nextFrame(page!.win);
          expect(words.getAttribute('aria-expanded')).to.equal('true');
          expect(isShown(card), 'definition shown').to.equal(true);
          expect(card.matches(':popover-open'), 'in the top layer').to.equal(true);
          const [box, under] = [card.getBoundingClientRect(), words.getBoundingClientRect()];
          // just below or above the words (at the bottom of the frame there is room above only), not over them
          expect(Math.max(box.top - under.bottom, under.top - box.bottom), 'beside the words').to.be.within(0, 12);
          expect(box.left < under.right && box.right > under.left, 'where the words are').to.equal(true);
          term.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
          await term.updateComplete;
          expect(isShown(card), 'closed by Escape').to.equal(false);
        });

        it('reports no policy violation, and logs and throws nothing but the warning about the unknown id', async () => {
          await settle(page!.win);
          const { violations, problems } = page!.record;
          expect(violations, violations.join('\n')).to.deep.equal([]);
          expect(problems, problems.join('\n')).to.have.length(1);
          expect(problems[0]).to.match(/^console\.warn: <upr-fact-card>: fact="no-such-fact" is not valid\./);
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
