import { expect, fixture, html } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import '../index.js';
import { eventsInOrder } from '../internal/data.js';
import type { UprTimeline } from './upr-timeline.js';
import { textOf as text } from '../../tests/helpers/shadow.js';

// A file of its own: once a page has started printing, its timelines keep every item's details rendered, and
// the other timeline tests should see a page that never printed.

function itemsOf(el: UprTimeline): HTMLLIElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="item"]'));
}
function panelOf(li: HTMLLIElement): HTMLElement {
  const button = li.querySelector('[part="title"] button')!;
  return (li.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!;
}

describe('<upr-timeline> when the page is printed', () => {
  it('has every item\'s summary and source ready for paper once printing starts, and stays closed on screen', async () => {
    const el = await fixture<UprTimeline>(html`<upr-timeline lang="en" cycles="3,4" highlight="cycle-4-review"></upr-timeline>`);
    await el.updateComplete;
    const closed = itemsOf(el).filter((li) => li.dataset.id !== 'cycle-4-review');
    expect(closed.length).to.be.greaterThan(5);
    // On screen a closed item holds nothing to print yet (its details are rendered when it opens).
    expect(closed.map((li) => text(panelOf(li))).filter(Boolean)).to.deep.equal([]);

    // What the browser does first when a reader prints (Ctrl+P, the print button, the browser menu).
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;

    const byId = new Map(eventsInOrder().map((event) => [event.id, event]));
    for (const li of itemsOf(el)) {
      const event = byId.get(li.dataset.id!)!;
      const panel = panelOf(li);
      expect(text(panel), li.dataset.id).to.include(event.summary.en.replace(/\s+/g, ' '));
      expect(panel.querySelector('[part~="source"]'), `${li.dataset.id}: source line`).to.exist;
    }
    // The screen is unchanged: closed items are still closed and hidden.
    for (const li of closed) {
      expect(li.querySelector('[part="title"] button')!.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(li).getBoundingClientRect().height, li.dataset.id).to.equal(0);
    }
  });

  it('renders timelines added while printing with every item ready for paper too', async () => {
    const el = await fixture<UprTimeline>(html`<upr-timeline lang="vi" cycles="1"></upr-timeline>`);
    await el.updateComplete;
    for (const li of itemsOf(el)) expect(text(panelOf(li)), li.dataset.id).not.to.equal('');
  });
});
