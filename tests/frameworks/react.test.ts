import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { NO_SOURCE, QUOTE, tree } from './react-cases.mjs';

/**
 * The widgets in real React 19 (react and react-dom from npm, bundled for the browser by
 * tests/frameworks/frameworks-plugin.mjs): rendered by the client, and rendered on the server by renderToString
 * then hydrated by hydrateRoot. String attributes, the no-source flag in every spelling React authors write, and
 * the timeline's upr-timeline-select event: as a React prop on the client, and through a ref after hydration,
 * where React 19 does not attach its handlers to custom elements (the README's "React and Vue" says so).
 */
type ReactModule = {
  createElement: (...args: unknown[]) => unknown;
  createRoot: (container: Element) => { render(tree: unknown): void; unmount(): void };
  hydrateRoot: (container: Element, tree: unknown) => { unmount(): void };
  flushSync: (fn: () => void) => void;
};
const React = (await import(/* @vite-ignore */ '/__upr-frameworks__/react.js' as string)) as ReactModule;

type Widget = HTMLElement & { updateComplete: Promise<unknown>; noSource?: boolean };
const containers: HTMLElement[] = [];
const roots: { unmount(): void }[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  for (const container of containers.splice(0)) container.remove();
});
function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

async function settled(root: Element): Promise<Widget[]> {
  const widgets = Array.from(root.querySelectorAll<Widget>('upr-quote, upr-timeline'));
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}
const sourceLine = (el: Widget) => el.shadowRoot!.querySelector('[part~="source"]');

/** Resolves once React has hydrated every element of `root` (it then keeps its fiber on each). */
async function hydrated(root: Element): Promise<void> {
  const done = () => Array.from(root.querySelectorAll('*')).every((el) => Object.keys(el).some((key) => key.startsWith('__reactFiber')));
  for (let i = 0; i < 200 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(done(), 'React hydrated the tree').to.equal(true);
}

async function serverRendered(name: string): Promise<string> {
  return (await fetch(`/__upr-frameworks__/react-ssr?tree=${name}`)).text();
}

describe('React 19', () => {
  it('client rendering: string attributes, and the no-source flag in every spelling', async () => {
    const div = container();
    const root = React.createRoot(div);
    roots.push(root);
    React.flushSync(() => root.render(tree(React, 'quotes')));
    const widgets = await settled(div);
    expect(widgets.length).to.equal(NO_SOURCE.length);
    widgets.forEach((el, i) => {
      // React 19 sets what the element has as a property (quote) as the property
      expect((el as unknown as { quote: string }).quote, 'a string value').to.equal(QUOTE);
      expect(el.shadowRoot!.textContent).to.include('hundreds of recommendations');
      expect(!sourceLine(el), `${NO_SOURCE[i].name}: the source line is ${NO_SOURCE[i].hidden ? 'hidden' : 'shown'}`).to.equal(NO_SOURCE[i].hidden);
    });
  });

  it('client rendering: onupr-timeline-select runs when a reader opens an item', async () => {
    const div = container();
    const root = React.createRoot(div);
    roots.push(root);
    const selected: string[] = [];
    React.flushSync(() => root.render(tree(React, 'timeline', { onSelect: (event: CustomEvent<{ id: string }>) => selected.push(event.detail.id) })));
    const [timeline] = await settled(div);
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')!.click();
    expect(selected.length).to.equal(1);
  });

  it('renderToString then hydrateRoot: each widget once; the dashed spelling of a flag survives, noSource does not', async () => {
    const html = await serverRendered('quotes');
    // what React writes on the server for noSource={true}: an attribute named noSource, which HTML reads as
    // `nosource`, not the element's no-source
    expect(html).to.include('noSource=""');
    const div = container();
    div.innerHTML = html;
    const root = React.hydrateRoot(div, tree(React, 'quotes'));
    roots.push(root);
    await hydrated(div);
    const widgets = await settled(div);
    expect(widgets.length).to.equal(NO_SOURCE.length);
    widgets.forEach((el, i) => {
      const { name, hidden } = NO_SOURCE[i];
      expect(el.shadowRoot!.querySelectorAll('[part="base"]').length, `${name}: rendered once`).to.equal(1);
      // noSource={true} reaches the element as `nosource`, which is not its attribute: write no-source with React SSR
      const expected = name === 'noSource={true}' ? false : hidden;
      expect(!sourceLine(el), `${name} after hydration`).to.equal(expected);
    });
  });

  it('renderToString then hydrateRoot: a listener added through a ref hears upr-timeline-select', async () => {
    const div = container();
    div.innerHTML = await serverRendered('timeline');
    const heard: string[] = [];
    const ref = (el: HTMLElement | null) => el?.addEventListener('upr-timeline-select', (event) => heard.push((event as CustomEvent<{ id: string }>).detail.id));
    const root = React.hydrateRoot(div, tree(React, 'timeline', { ref }));
    roots.push(root);
    await hydrated(div);
    const [timeline] = await settled(div);
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')!.click();
    expect(heard.length).to.equal(1);
  });
});
