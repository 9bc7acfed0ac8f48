import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../index.js';
import type { GlossaryTerm } from '../internal/data.js';
import type { UprTerm } from './upr-term.js';
import { outletAs } from '../../tests/helpers/data-text.js';
import { captureWarnings } from '../../tests/helpers/warnings.js';
import { normalize, part, partText } from '../../tests/helpers/shadow.js';

type Lang = 'vi' | 'en';
const LANGS: readonly Lang[] = ['vi', 'en'];

const termById = (id: string): GlossaryTerm => dataset.glossary.find((t) => t.id === id)!;

const trigger = (el: Element): HTMLElement => part(el, 'trigger')!;
const card = (el: Element): HTMLElement => part(el, 'popover')!;

/** What a reader sees: the card is displayed (in the top layer where the browser has one) and says so. */
function isOpen(el: Element): boolean {
  const box = part(el, 'popover');
  if (!box || getComputedStyle(box).display === 'none') return false;
  return !box.hasAttribute('popover') || box.matches(':popover-open');
}

/** After opening: rendered, then placed (the position is computed asynchronously, then written). */
async function settle(el: UprTerm): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
}

/** "Name (ABBR)" as the dataset has it, in a language. */
function expectedName(term: GlossaryTerm, lang: Lang): string {
  const abbreviation = term.abbreviation?.[lang];
  return abbreviation ? `${term.term[lang]} (${abbreviation})` : term.term[lang];
}

/** The centre of an element's first line box, in viewport coordinates (integers, for sendMouse). */
function centreOf(element: Element): [number, number] {
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

async function clickAt([x, y]: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position: [x, y] });
}

afterEach(async () => {
  await resetMouse();
});

describe('<upr-term> every glossary term', () => {
  for (const lang of LANGS) {
    it(`renders and opens all ${dataset.glossary.length} terms in ${lang} with the dataset's name, definition and sources, without a warning`, async () => {
      const warnings = captureWarnings();
      const paragraph = await fixture(html`<p lang=${lang}>
        ${dataset.glossary.map((t) => html`<upr-term term=${t.id}>${t.term[lang]}</upr-term> `)}
      </p>`);
      const list = Array.from(paragraph.querySelectorAll('upr-term'));
      await Promise.all(list.map((el) => el.updateComplete));
      expect(list).to.have.length(dataset.glossary.length);
      for (const [i, el] of list.entries()) {
        const term = dataset.glossary[i];
        expect(isOpen(el), term.id).to.be.false;
        trigger(el).click();
        await el.updateComplete;
        expect(isOpen(el), term.id).to.be.true;
        // Opening one closes the one before.
        expect(list.filter(isOpen), term.id).to.deep.equal([el]);
        expect(trigger(el).getAttribute('aria-expanded'), term.id).to.equal('true');

        expect(partText(el, 'name'), term.id).to.equal(normalize(expectedName(term, lang)));
        expect(partText(el, 'definition'), term.id).to.equal(normalize(term.definition[lang]));
        expect(card(el).getAttribute('lang'), term.id).to.equal(lang);

        // The source line: the label, then every source's outlet and title (or document symbol), in order.
        const sources = term.sources.map((id) => dataset.sources.find((s) => s.id === id)!);
        const line = partText(el, 'source');
        const label = lang === 'vi' ? 'Nguồn:' : sources.length > 1 ? 'Sources:' : 'Source:';
        expect(line.startsWith(label), `${term.id}: ${line}`).to.be.true;
        let from = 0;
        for (const source of sources) {
          const name = normalize([outletAs(source, lang), source.title ?? source.reference].filter(Boolean).join(', '));
          const at = line.indexOf(name, from);
          expect(at, `${term.id}: "${name}" in "${line}"`).to.be.greaterThan(from - 1);
          from = at + name.length;
        }
        expect(normalize(el.shadowRoot!.textContent), term.id).not.to.match(/undefined|NaN|\[object/);
        // The author's words are still the element's own text.
        expect(el.textContent, term.id).to.equal(term.term[lang]);
      }
      trigger(list.at(-1)!).click();
      await list.at(-1)!.updateComplete;
      expect(list.filter(isOpen)).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }

  it('shows the name in the widget\'s language when the element is empty', async () => {
    const el = await fixture<UprTerm>(html`<upr-term lang="vi" term="upr"></upr-term>`);
    expect(trigger(el).querySelector('slot')!.assignedNodes()).to.have.length(0);
    expect(partText(el, 'trigger')).to.equal('Cơ chế Rà soát định kỳ phổ quát');
  });
});

describe('<upr-term> opening and closing', () => {
  let paragraph: HTMLElement;
  let el: UprTerm;
  let before: HTMLButtonElement;
  let after: HTMLButtonElement;

  beforeEach(async () => {
    const wrapper = await fixture(html`<div lang="en" style="font: 16px/1.5 serif; width: 30em">
      <button id="before">before</button>
      <p id="text">
        In its fourth Universal Periodic Review, in 2024, Viet Nam received 320 recommendations, of which 271
        were <upr-term term="accepted-recommendation">accepted recommendations</upr-term>, the rest noted.
      </p>
      <button id="after">after</button>
    </div>`);
    paragraph = wrapper.querySelector('#text')!;
    el = wrapper.querySelector('upr-term')!;
    before = wrapper.querySelector('#before')!;
    after = wrapper.querySelector('#after')!;
    await el.updateComplete;
  });

  it('is a button in the tab order, collapsed, that controls and is described by the definition', () => {
    const button = trigger(el);
    expect(button.getAttribute('role')).to.equal('button');
    expect(button.tabIndex).to.equal(0);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled).to.equal(card(el));
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    expect(normalize(description!.textContent)).to.equal(normalize(termById('accepted-recommendation').definition.en));
    expect(isOpen(el)).to.be.false;
  });

  it('opens and closes with a click of the mouse on the words', async () => {
    await clickAt(centreOf(trigger(el)));
    await settle(el);
    expect(isOpen(el)).to.be.true;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    await clickAt(centreOf(trigger(el)));
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  for (const key of ['Enter', 'Space']) {
    it(`opens with ${key} once focused, and closes with it again, without scrolling the page`, async () => {
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      const scroll = document.scrollingElement!.scrollTop;
      await sendKeys({ press: key === 'Space' ? ' ' : key });
      await settle(el);
      expect(isOpen(el)).to.be.true;
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      // Focus stays on the words (a disclosure, not a dialog).
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      await sendKeys({ press: key === 'Space' ? ' ' : key });
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      expect(document.scrollingElement!.scrollTop).to.equal(scroll);
    });
  }

  it('closes with Escape and leaves focus on the words', async () => {
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(isOpen(el)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
  });

  it('closes with Escape from a link in the definition and puts focus back on the words', async () => {
    const link = card(el).querySelector('a')!;
    expect(link, 'the term cites a source with a link').to.exist;
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(isOpen(el)).to.be.true;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
  });

  it('closes on a click elsewhere on the page, and stays open on a click inside the definition', async () => {
    trigger(el).click();
    await settle(el);
    await clickAt(centreOf(part(el, 'definition')!));
    await el.updateComplete;
    expect(isOpen(el), 'after a click on the definition').to.be.true;
    const box = paragraph.getBoundingClientRect();
    const cardBox = card(el).getBoundingClientRect();
    // A point of the paragraph that the card does not cover: its first line, left of the term.
    const point: [number, number] = [Math.round(box.left + 5), Math.round(box.top + 5)];
    expect(point[1] < cardBox.top || point[1] > cardBox.bottom || point[0] < cardBox.left).to.be.true;
    await clickAt(point);
    await el.updateComplete;
    expect(isOpen(el), 'after a click on the paragraph').to.be.false;
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes when focus moves on with Tab, through the definition\'s links and out', async () => {
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const links = Array.from(card(el).querySelectorAll('a'));
    expect(links).to.have.length(2);
    // Into the definition's links where the browser puts links in the tab order (Safari does not by default).
    for (let i = 0; i < links.length && document.activeElement === el; i += 1) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      expect(el.shadowRoot!.activeElement === links[i], `Tab ${i + 1} goes to the definition's link ${i + 1}`).to.be.true;
      expect(isOpen(el)).to.be.true;
    }
    if (document.activeElement === el) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement === after, 'focus on the button after the paragraph').to.be.true;
    expect(isOpen(el)).to.be.false;
  });

  it('closes when focus moves elsewhere on the page, for example back to the control before it', async () => {
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // (Shift+Tab cannot be sent to WebKit's WebDriver by the test runner; moving focus is what it does.)
    before.focus();
    await el.updateComplete;
    expect(document.activeElement).to.equal(before);
    expect(isOpen(el)).to.be.false;
  });

  it('closes when the element leaves the page, and opens again when it is back', async () => {
    trigger(el).click();
    await settle(el);
    el.remove();
    expect(isOpen(el)).to.be.false;
    paragraph.append(el);
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    trigger(el).click();
    await settle(el);
    expect(isOpen(el)).to.be.true;
  });
});

describe('<upr-term> several terms', () => {
  it('keeps one definition open at a time', async () => {
    const paragraph = await fixture(html`<p lang="en">
      The <upr-term term="human-rights-council">Human Rights Council</upr-term> runs the
      <upr-term term="upr">UPR</upr-term>, in which each state receives
      <upr-term term="upr-recommendation">recommendations</upr-term>.
    </p>`);
    const [council, upr, recommendation] = Array.from(paragraph.querySelectorAll('upr-term'));
    await Promise.all([council, upr, recommendation].map((el) => el.updateComplete));
    await clickAt(centreOf(trigger(council)));
    await settle(council);
    expect([council, upr, recommendation].map(isOpen)).to.deep.equal([true, false, false]);
    trigger(upr).focus();
    await sendKeys({ press: 'Enter' });
    await settle(upr);
    expect([council, upr, recommendation].map(isOpen)).to.deep.equal([false, true, false]);
    expect(trigger(council).getAttribute('aria-expanded')).to.equal('false');
    await clickAt(centreOf(trigger(recommendation)));
    await settle(recommendation);
    expect([council, upr, recommendation].map(isOpen)).to.deep.equal([false, false, true]);
  });
});

describe('<upr-term> placement', () => {
  it('puts the definition right under the words, starting where they start', async () => {
    const wrapper = await fixture(html`<div lang="en" style="font: 16px/1.5 serif; padding: 20px">
      <p>The <upr-term term="upr">Universal Periodic Review</upr-term> of Viet Nam.</p>
    </div>`);
    const el = wrapper.querySelector('upr-term')!;
    await el.updateComplete;
    trigger(el).click();
    await settle(el);
    const words = trigger(el).getBoundingClientRect();
    const box = card(el).getBoundingClientRect();
    expect(box.top - words.bottom).to.be.within(1, 6);
    expect(Math.abs(box.left - words.left)).to.be.below(1);
  });
});

describe('<upr-term> unknown or missing term', () => {
  it('leaves the words as plain text, with nothing to focus or tap, and warns once with the closest ids', async () => {
    const warnings = captureWarnings();
    const wrapper = await fixture(html`<div lang="en">
      <button id="before">before</button>
      <p>The <upr-term term="uprr">UPR</upr-term> again.</p>
      <button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector<UprTerm>('upr-term')!;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.textContent).to.equal('UPR');
    expect(normalize(wrapper.querySelector('p')!.innerText)).to.equal('The UPR again.');
    expect(part(el, 'trigger')).to.equal(null);
    expect(part(el, 'popover')).to.equal(null);
    expect(part(el, 'unavailable')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[tabindex], [role], a, button')).to.have.length(0);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['UPR']);
    expect(getComputedStyle(slot.parentElement!).textDecorationLine).to.equal('none');

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));

    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<upr-term>').and.include('term="uprr"').and.include('"upr"');
  });

  it('says that the term attribute is required when it is missing, and shows nothing of its own', async () => {
    const warnings = captureWarnings();
    const paragraph = await fixture(html`<p lang="en">A <upr-term>word</upr-term> and <upr-term></upr-term>.</p>`);
    const [withText, empty] = Array.from(paragraph.querySelectorAll('upr-term'));
    await Promise.all([withText.updateComplete, empty.updateComplete]);
    expect(normalize((paragraph as HTMLElement).innerText)).to.equal('A word and .');
    expect(normalize(empty.shadowRoot!.textContent)).to.equal('');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('<upr-term>').and.include('term=""').and.include('required');
  });

  it('follows changes of term: valid, unknown (closing an open definition), valid again', async () => {
    const warnings = captureWarnings();
    const el = await fixture<UprTerm>(html`<upr-term lang="en" term="upr">UPR</upr-term>`);
    trigger(el).click();
    await settle(el);
    expect(isOpen(el)).to.be.true;
    el.term = 'not-a-term-ut';
    await el.updateComplete;
    expect(part(el, 'popover')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="button"]')).to.equal(null);
    el.setAttribute('term', 'core-group');
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
    expect(partText(el, 'name')).to.equal('Core group');
    trigger(el).click();
    await settle(el);
    expect(isOpen(el)).to.be.true;
    expect(warnings.messages).to.have.length(1);
  });

  it('never injects markup from a bad id', async () => {
    const warnings = captureWarnings();
    const el = await fixture<UprTerm>(html`<upr-term term=${'<img src=x onerror=alert(1)>-ut'}>text</upr-term>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('text');
    expect(warnings.messages).to.have.length(1);
  });
});

describe('<upr-term> and <upr-sources>', () => {
  it('adds its definition\'s sources to the page\'s list, and takes them away when it leaves or names no term', async () => {
    captureWarnings(); // silences the warnings this test causes on purpose
    const wrapper = await fixture(html`<div lang="en">
      <p>The <upr-term term="core-group">core group</upr-term>.</p>
      <upr-sources></upr-sources>
    </div>`);
    const term = wrapper.querySelector('upr-term')!;
    const list = wrapper.querySelector('upr-sources')!;
    const listed = async (): Promise<string> => {
      await aTimeout(0);
      await list.updateComplete;
      return normalize(list.shadowRoot!.textContent);
    };
    const source = dataset.sources.find((s) => s.id === termById('core-group').sources[0])!;
    expect(await listed()).to.include(source.outlet).and.include(source.title!);
    term.setAttribute('term', 'no-such-term-ut');
    expect(await listed()).not.to.include(source.title!);
    term.setAttribute('term', 'core-group');
    expect(await listed()).to.include(source.title!);
    term.remove();
    expect(await listed()).not.to.include(source.title!);
  });
});

describe('<upr-term> language and theme', () => {
  it('follows an ancestor\'s lang at run time, also while open', async () => {
    const wrapper = await fixture(html`<div lang="en"><p><upr-term term="human-rights-council">HRC</upr-term></p></div>`);
    const el = wrapper.querySelector('upr-term')!;
    await el.updateComplete;
    trigger(el).click();
    await settle(el);
    expect(partText(el, 'name')).to.equal('UN Human Rights Council (HRC)');
    wrapper.setAttribute('lang', 'vi');
    await waitUntil(() => partText(el, 'name') === 'Hội đồng Nhân quyền Liên hợp quốc (HĐNQ)', 'the name in Vietnamese');
    expect(isOpen(el)).to.be.true;
    expect(partText(el, 'definition')).to.equal(normalize(termById('human-rights-council').definition.vi));
    expect(partText(el, 'source')).to.match(/^Nguồn: /);
    expect(card(el).getAttribute('lang')).to.equal('vi');
    // The author's words do not change with the language.
    expect(el.textContent).to.equal('HRC');
  });

  it('colours the card and the underline by theme, and leaves the words in the article\'s colour', async () => {
    const wrapper = await fixture(html`<p lang="en" style="color: rgb(10, 20, 30)">
      <upr-term term="upr">UPR</upr-term>
    </p>`);
    const el = wrapper.querySelector('upr-term')!;
    await el.updateComplete;
    trigger(el).click();
    await settle(el);
    const style = () => getComputedStyle(card(el));
    expect(getComputedStyle(trigger(el)).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(trigger(el)).textDecorationColor).to.equal('rgb(11, 83, 148)');
    expect(style().backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style().color).to.equal('rgb(27, 28, 30)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(isOpen(el)).to.be.true;
    expect(style().backgroundColor).to.equal('rgb(23, 24, 26)');
    expect(style().color).to.equal('rgb(236, 235, 232)');
    expect(getComputedStyle(trigger(el)).textDecorationColor).to.equal('rgb(143, 193, 242)');
    expect(getComputedStyle(trigger(el)).color).to.equal('rgb(10, 20, 30)');
  });
});

describe('<upr-term> without the Popover API', () => {
  const names = ['popover', 'showPopover', 'hidePopover', 'togglePopover'] as const;
  const saved = new Map<string, PropertyDescriptor>();
  before(() => {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
      if (descriptor) saved.set(name, descriptor);
      Reflect.deleteProperty(HTMLElement.prototype, name);
    }
  });
  after(() => {
    for (const [name, descriptor] of saved) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  });

  it('opens a fixed box next to the words, inside the viewport, and closes it', async () => {
    const wrapper = await fixture(html`<div lang="en" style="position: relative; overflow: hidden; width: 10em">
      <p><upr-term term="voluntary-midterm-report">mid-term report</upr-term></p>
    </div>`);
    const el = wrapper.querySelector('upr-term')!;
    await el.updateComplete;
    expect(typeof HTMLElement.prototype.showPopover).to.equal('undefined');
    expect(card(el).hasAttribute('popover')).to.be.false;
    expect(isOpen(el)).to.be.false;
    trigger(el).click();
    await settle(el);
    expect(isOpen(el)).to.be.true;
    const box = card(el).getBoundingClientRect();
    expect(getComputedStyle(card(el)).position).to.equal('fixed');
    expect(box.top).to.be.greaterThan(trigger(el).getBoundingClientRect().bottom);
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    expect(box.width).to.be.greaterThan(wrapper.getBoundingClientRect().width);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Pages of their own: the viewport's size, the page's CSS and the moment the element is defined are the test's.

interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** The widgets as this test group loads them: the import map of the bundle group sends this to dist/. */
const MODULE = '/src/index.ts';

/**
 * Loads a page in an iframe of the given size. With `define`, the page loads the widgets (as this test group
 * does: sources or bundle) and waits for them; otherwise the test does, with `defineIn`.
 */
async function openPage(width: number, height: number, page: { head?: string; body: string; dir?: string }, define = true): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'host page';
  // At the top left, in view: WebKit throttles rendering in iframes out of view.
  iframe.style.cssText = `position: fixed; top: 0; left: 0; width: ${width}px; height: ${height}px; border: 0; z-index: 1`;
  const importMap = document.querySelector('script[type="importmap"]')?.outerHTML ?? '';
  iframe.srcdoc = `<!doctype html><html lang="en" dir="${page.dir ?? 'ltr'}"><head><meta charset="utf-8">${importMap}
    <style>body { margin: 0; font: 16px/1.5 Georgia, serif; }</style>${page.head ?? ''}</head>
    <body>${page.body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const frame = { iframe, win: iframe.contentWindow as Window & typeof globalThis, doc: iframe.contentDocument! };
  if (define) await defineIn(frame);
  return frame;
}

async function defineIn({ win, doc }: Frame): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.textContent = `import '${MODULE}';`;
  doc.body.append(script);
  await win.customElements.whenDefined('upr-term');
  const terms = Array.from(doc.querySelectorAll<UprTerm>('upr-term'));
  await Promise.all(terms.map((el) => el.updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

async function settleIn(win: Window, el: UprTerm): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Opens a term as a click on its words does, and returns the boxes of the words and the card. */
async function openIn(frame: Frame, el: UprTerm): Promise<{ words: DOMRect; card: DOMRect }> {
  trigger(el).click();
  await settleIn(frame.win, el);
  return { words: trigger(el).getBoundingClientRect(), card: card(el).getBoundingClientRect() };
}

function expectInside(box: Box, width: number, height: number, what: string): void {
  expect(box.left, `${what}: left`).to.be.at.least(0);
  expect(box.top, `${what}: top`).to.be.at.least(0);
  expect(box.right, `${what}: right`).to.be.at.most(width);
  expect(box.bottom, `${what}: bottom`).to.be.at.most(height);
}

/** The card is beside the words: above or below them without covering them, and overlapping them sideways. */
function expectBeside(card: Box, words: Box, what: string): void {
  const below = card.top >= words.bottom - 0.5;
  const above = card.bottom <= words.top + 0.5;
  expect(below || above, `${what}: above or below the words`).to.be.true;
  expect(Math.min(Math.abs(card.top - words.bottom), Math.abs(words.top - card.bottom)), `${what}: close to the words`).to.be.below(12);
  expect(card.left < words.right && card.right > words.left, `${what}: overlapping the words sideways`).to.be.true;
}

const CORNERS = {
  'top left': 'top: 4px; left: 4px',
  'top right': 'top: 4px; right: 4px',
  'bottom left': 'bottom: 4px; left: 4px',
  'bottom right': 'bottom: 4px; right: 4px',
};

describe('<upr-term> inside the viewport', function () {
  this.timeout(30000);
  for (const [width, height] of [
    [280, 560],
    [1200, 700],
  ]) {
    it(`keeps the definition inside a ${width} × ${height} viewport next to words near each corner`, async () => {
      const body = Object.entries(CORNERS)
        .map(
          ([name, place]) =>
            `<p style="position: fixed; ${place}; margin: 0" data-corner="${name}">See <upr-term term="upr-outcome-adoption">adoption</upr-term></p>`,
        )
        .join('');
      const frame = await openPage(width, height, { body });
      try {
        for (const el of Array.from(frame.doc.querySelectorAll<UprTerm>('upr-term'))) {
          const corner = el.closest('p')!.dataset.corner!;
          const { words, card: box } = await openIn(frame, el);
          expect(isOpen(el), corner).to.be.true;
          expectInside(box, width, height, corner);
          expectBeside(box, words, corner);
          // Wide enough to read: at most the viewport less the margins, at least most of it on a phone.
          if (width < 400) expect(box.width, corner).to.be.at.least(width * 0.75);
          expect(box.height, corner).to.be.greaterThan(40);
        }
      } finally {
        frame.iframe.remove();
      }
    });
  }

  it('follows the words when the page scrolls, and stays inside the viewport', async () => {
    const frame = await openPage(280, 400, {
      body: `<div style="height: 300px"></div><p>The <upr-term term="upr-working-group">Working Group</upr-term> meets.</p><div style="height: 1200px"></div>`,
    });
    try {
      const el = frame.doc.querySelector<UprTerm>('upr-term')!;
      const first = await openIn(frame, el);
      // Near the bottom of the viewport: the definition goes above the words.
      expect(first.card.bottom).to.be.at.most(first.words.top + 0.5);
      frame.win.scrollTo(0, 250);
      await settleIn(frame.win, el);
      const words = trigger(el).getBoundingClientRect();
      const box = card(el).getBoundingClientRect();
      expect(words.top).to.be.below(first.words.top - 200);
      expectBeside(box, words, 'after scrolling');
      expectInside(box, 280, 400, 'after scrolling');
      expect(box.top, 'now below the words').to.be.at.least(words.bottom);
    } finally {
      frame.iframe.remove();
    }
  });
});

describe('<upr-term> hostile pages', function () {
  this.timeout(30000);
  const HOSTILE_CSS = `<style>
    header { position: sticky; top: 0; z-index: 1000; height: 60px; background: #c00; }
    article { position: relative; z-index: 1; width: 280px; margin: 0 auto; }
    .clip { overflow: hidden; height: 3em; position: relative; }
    * { box-sizing: content-box; }
    div, p, span { line-height: 2; letter-spacing: 0.05em; }
  </style>`;
  const BODY = `<header>Sticky header</header>
    <article>
      <p class="clip" id="clip">A clipped paragraph on the <upr-term term="human-rights-council">Human Rights Council</upr-term>.</p>
      <p>Under the header: <upr-term term="special-procedures" id="top">special procedures</upr-term>.</p>
      <div style="height: 1500px"></div>
    </article>`;

  for (const dir of ['ltr', 'rtl']) {
    it(`shows the whole definition above a sticky header, outside a clipping paragraph, on a ${dir} page`, async () => {
      const frame = await openPage(360, 500, { head: HOSTILE_CSS, body: BODY, dir });
      try {
        const clipped = frame.doc.querySelector<UprTerm>('#clip upr-term')!;
        const { card: box } = await openIn(frame, clipped);
        expectInside(box, 360, 500, 'clipped');
        const clip = frame.doc.getElementById('clip')!.getBoundingClientRect();
        expect(box.bottom, 'reaches outside the clipping paragraph').to.be.greaterThan(clip.bottom + 20);
        // What is drawn at the card's corners is the card (hit testing returns its element, the host).
        for (const [x, y] of [
          [box.left + 4, box.top + 4],
          [box.right - 4, box.bottom - 4],
        ]) {
          expect(frame.doc.elementFromPoint(x, y), `at ${x}, ${y}`).to.equal(clipped);
        }
        expect(getComputedStyle(card(clipped)).direction).to.equal('ltr');

        // Scrolled so that the term sits just under the sticky header: the card is not under the header.
        const top = frame.doc.querySelector<UprTerm>('#top')!;
        const target = top.getBoundingClientRect().top + frame.win.scrollY - 64;
        frame.win.scrollTo(0, target);
        await settleIn(frame.win, top);
        const opened = await openIn(frame, top);
        expectInside(opened.card, 360, 500, 'under the header');
        expectBeside(opened.card, opened.words, 'under the header');
        const middle = [(opened.card.left + opened.card.right) / 2, (opened.card.top + opened.card.bottom) / 2];
        expect(frame.doc.elementFromPoint(middle[0], middle[1])).to.equal(top);
      } finally {
        frame.iframe.remove();
      }
    });
  }
});

describe('<upr-term> no layout shift', function () {
  this.timeout(30000);
  const PARAGRAPH = `<p id="text" lang="vi" style="width: 260px; font: 17px/1.7 Georgia, serif; letter-spacing: 0.01em; word-spacing: 0.05em">
    Năm 2024, Việt Nam bảo vệ báo cáo quốc gia theo <upr-term term="upr">Cơ chế Rà soát định kỳ phổ quát</upr-term>
    (<upr-term term="upr">UPR</upr-term>) tại <upr-term term="human-rights-council">Hội đồng Nhân quyền</upr-term>
    và nhận 320 <upr-term term="upr-recommendation">khuyến nghị</upr-term>.</p><p id="next">Đoạn sau.</p>`;

  /** The paragraph's box, the next paragraph's top and every line box of every term's words. */
  function measure(doc: Document): number[] {
    const text = doc.getElementById('text')!;
    const numbers = [text.getBoundingClientRect().height, doc.getElementById('next')!.getBoundingClientRect().top];
    for (const el of Array.from(text.querySelectorAll('upr-term'))) {
      const range = doc.createRange();
      range.selectNodeContents(el);
      for (const box of Array.from(range.getClientRects())) numbers.push(box.left, box.top, box.width, box.height);
    }
    return numbers.map((n) => Math.round(n * 100) / 100);
  }

  it('keeps the paragraph and every word where they were before the element was defined, closed and open', async () => {
    const frame = await openPage(360, 600, { body: PARAGRAPH }, false);
    try {
      expect(frame.win.customElements.get('upr-term')).to.equal(undefined);
      const before = measure(frame.doc);
      expect(before.length).to.be.greaterThan(2 + 4 * 4 - 1);
      await defineIn(frame);
      const terms = Array.from(frame.doc.querySelectorAll<UprTerm>('upr-term'));
      expect(terms.every((el) => part(el, 'trigger'))).to.be.true;
      expect(measure(frame.doc), 'defined').to.deep.equal(before);
      await openIn(frame, terms[0]);
      expect(isOpen(terms[0])).to.be.true;
      expect(measure(frame.doc), 'open').to.deep.equal(before);
      trigger(terms[2]).focus();
      await settleIn(frame.win, terms[2]);
      expect(measure(frame.doc), 'focused').to.deep.equal(before);
    } finally {
      frame.iframe.remove();
    }
  });
});

describe('<upr-term> accessibility', function () {
  // Three axe runs per test, on a busy machine.
  this.timeout(20000);
  for (const theme of ['light', 'dark']) {
    for (const lang of LANGS) {
      it(`passes axe in the ${theme} theme in ${lang}, closed and open`, async () => {
        captureWarnings(); // silences the warnings this test causes on purpose
        const wrapper = await fixture(html`<div lang=${lang} style=${theme === 'dark' ? 'background: #17181a; color: #ecebe8' : ''}>
          <p>
            <upr-term theme=${theme} term="upr">UPR</upr-term>,
            <upr-term theme=${theme} term="core-group">core group</upr-term>,
            <upr-term theme=${theme} term="missing-ut-${theme}-${lang}">unknown</upr-term>.
          </p>
        </div>`);
        const [upr, core] = Array.from(wrapper.querySelectorAll('upr-term'));
        await Promise.all([upr.updateComplete, core.updateComplete]);
        await expect(wrapper).to.be.accessible();
        trigger(upr).click();
        await settle(upr);
        expect(isOpen(upr)).to.be.true;
        await expect(wrapper).to.be.accessible();
        trigger(core).click();
        await settle(core);
        await expect(wrapper).to.be.accessible();
      });
    }
  }

  it('keeps a visible focus ring on the words and the underline in forced-colours-safe colours', async () => {
    const el = await fixture<UprTerm>(html`<upr-term lang="en" term="upr">UPR</upr-term>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    expect(getComputedStyle(trigger(el)).outlineStyle).to.equal('solid');
    expect(getComputedStyle(trigger(el)).textDecorationStyle).to.equal('dotted');
    before.remove();
  });
});

// Keeps the timers of a test from leaking into the next.
afterEach(async () => {
  await aTimeout(0);
});
