import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { dataset } from '../../src/index.js';
import type { Locale } from '../../src/internal/i18n.js';

/**
 * What a quality newspaper expects of the widgets' typography, at phone width (a 328px column, the article
 * column of a 360px screen): a number never ends a line apart from its unit, nor a date from its other parts, and
 * a headline does not wrap into a ragged short first line.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const LANGS: readonly Locale[] = ['vi', 'en'];
const PHONE = 'width: 328px; font: 17px/1.55 serif';

async function rendered(root: Element): Promise<Widget[]> {
  const widgets = Array.from(root.querySelectorAll<Widget>('upr-fact-card, upr-timeline, upr-quote'));
  await Promise.all(widgets.map((w) => w.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return widgets;
}

/** The line boxes a piece of text is laid out in: one per line it takes. */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
  return tops.size;
}

/** The box of the first word of an element's text. */
function firstWord(element: Element): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode() as Text;
  const start = text.data.search(/\S/);
  const end = text.data.slice(start).search(/\s|$/) + start;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range.getBoundingClientRect();
}

/** Whether two boxes share a line (their vertical extents overlap by more than half the smaller one). */
function sameLine(a: DOMRect, b: DOMRect): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > Math.min(a.height, b.height) / 2;
}

describe('typography at phone width', function () {
  this.timeout(30000);

  for (const lang of LANGS) {
    it(`keeps every date on one line, in fact cards, quotes and the timeline (${lang})`, async () => {
      const wrapper = await fixture(html`<div lang=${lang} style=${PHONE}>
        ${dataset.facts.map((f) => html`<upr-fact-card fact=${f.id} variant="text"></upr-fact-card>`)}
        ${dataset.quotes.map((q) => html`<upr-quote quote=${q.id}></upr-quote>`)}
        <upr-timeline></upr-timeline>
      </div>`);
      const widgets = await rendered(wrapper);
      const broken: string[] = [];
      for (const el of widgets) {
        for (const time of el.shadowRoot!.querySelectorAll('time')) {
          // "As of 27 September 2024" may break after "of", never inside the date
          const date = time.textContent!.replace(/^(As of|Tính đến)\s+/, '');
          if (lines(time) > 1 && !/\s/.test(date.replace(/\u00a0/g, ''))) broken.push(`${el.localName}: "${time.textContent}"`);
        }
      }
      expect(broken).to.deep.equal([]);
      // and the dates are written with no-break spaces, so that this holds at any width
      const times = widgets.flatMap((el) => Array.from(el.shadowRoot!.querySelectorAll('time'), (t) => t.textContent!.replace(/^(As of|Tính đến)\s+/, '')));
      expect(times.filter((t) => /\d [A-Za-z]|[A-Za-z] \d|tháng \d|ngày \d/.test(t))).to.deep.equal([]);
    });

    it(`never ends a line between a figure and the first word of its unit (${lang})`, async () => {
      const facts = dataset.facts.filter((f) => 'number' in f.value && f.value.unit);
      expect(facts.length).to.be.greaterThan(0);
      const wrapper = await fixture(html`<div lang=${lang} style=${PHONE}>
        ${facts.map((f) => html`<upr-fact-card fact=${f.id} variant="text"></upr-fact-card><upr-fact-card fact=${f.id}></upr-fact-card>`)}
      </div>`);
      const apart: string[] = [];
      for (const el of await rendered(wrapper)) {
        const figure = el.shadowRoot!.querySelector('.figure')!;
        const unit = el.shadowRoot!.querySelector('.unit')!;
        if (!sameLine(figure.getBoundingClientRect(), firstWord(unit))) apart.push(`${el.getAttribute('fact')}: ${unit.textContent}`);
      }
      expect(apart).to.deep.equal([]);
    });

    it(`keeps each timeline figure on the line of its label's first word (${lang})`, async () => {
      const wrapper = await fixture(html`<div lang=${lang} style=${PHONE}><upr-timeline></upr-timeline></div>`);
      const [timeline] = await rendered(wrapper);
      const root = timeline.shadowRoot!;
      const withFigures = dataset.events.filter((e) => e.figures?.length).map((e) => e.id);
      for (const id of withFigures) root.querySelector<HTMLButtonElement>(`[data-id="${id}"] .toggle`)!.click();
      await timeline.updateComplete;
      const apart: string[] = [];
      for (const li of root.querySelectorAll('[part~="figures"] li')) {
        const value = li.querySelector('data')!;
        const label = document.createRange();
        label.setStartAfter(value);
        label.setEnd(li, li.childNodes.length);
        const word = /^\u00a0?(\S+)/.exec(label.toString());
        if (!word || label.toString().startsWith('%')) continue;
        const rects = Array.from(label.getClientRects());
        if (rects.length && !sameLine(value.getBoundingClientRect(), rects[0])) apart.push(li.textContent!);
      }
      expect(withFigures.length).to.be.greaterThan(0);
      expect(apart).to.deep.equal([]);
    });

    it(`wraps the timeline's titles without a ragged short first line (${lang})`, async () => {
      const wrapper = await fixture(html`<div lang=${lang} style=${PHONE}><upr-timeline></upr-timeline></div>`);
      const [timeline] = await rendered(wrapper);
      const ragged: string[] = [];
      for (const title of timeline.shadowRoot!.querySelectorAll<HTMLElement>('.title-text')) {
        const range = document.createRange();
        range.selectNodeContents(title);
        const rows = new Map<number, number>();
        for (const r of range.getClientRects()) rows.set(Math.round(r.top), (rows.get(Math.round(r.top)) ?? 0) + r.width);
        const widths = [...rows.values()];
        if (widths.length < 2) continue;
        // the room a title has: its button's width, less the chevron
        const room = title.parentElement!.getBoundingClientRect().width - 24;
        if (widths[0] < 0.6 * room) ragged.push(`"${title.textContent}": first line ${Math.round(widths[0])} of ${Math.round(room)}px`);
      }
      expect(ragged).to.deep.equal([]);
    });
  }
});
