import { expect } from '@open-wc/testing';
import '../../src/index.js';

/**
 * The widgets in real Vue 3 (vue from npm): tests/frameworks/Widgets.vue compiled by @vue/compiler-sfc
 * (frameworks-plugin.mjs), with compilerOptions.isCustomElement for the upr-* tags and without it, run by Vue's
 * runtime. A string binding, the no-source flag in every spelling a Vue template writes, and
 * @upr-timeline-select.
 */
type VueModule = { createApp: (component: unknown) => { mount(el: Element): unknown; unmount(): void; config: { warnHandler?: (msg: string) => void } } };
const Vue = (await import(/* @vite-ignore */ '/__upr-frameworks__/vue.js' as string)) as VueModule;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Whether each spelling hides the source line. */
const HIDDEN: Record<string, boolean> = {
  'no-source': true,
  ':no-source="true"': true,
  ':no-source="false"': false,
  ':noSource="true"': true,
  ':noSource="false"': false,
  ':quote': false,
};

async function mount(custom: boolean) {
  const { default: component } = await import(/* @vite-ignore */ `/__upr-frameworks__/widgets.vue.js${custom ? '?custom' : ''}` as string);
  const div = document.createElement('div');
  document.body.append(div);
  const warnings: string[] = [];
  const app = Vue.createApp(component);
  app.config.warnHandler = (message: string) => warnings.push(message);
  const vm = app.mount(div) as { selected: string[] };
  const widgets = Array.from(div.querySelectorAll<Widget>('upr-quote, upr-timeline'));
  await Promise.all(widgets.map((w) => w.updateComplete));
  return { div, app, vm, warnings, widgets };
}

for (const custom of [true, false]) {
  describe(`Vue 3, the SFC compiled ${custom ? 'with' : 'without'} isCustomElement`, () => {
    it('renders each quote, with the no-source flag read as its spelling means', async () => {
      const { div, app, widgets } = await mount(custom);
      try {
        const quotes = widgets.filter((w) => w.localName === 'upr-quote');
        expect(quotes.map((q) => q.dataset.spelling)).to.deep.equal(Object.keys(HIDDEN));
        for (const quote of quotes) {
          expect(quote.shadowRoot!.textContent, quote.dataset.spelling).to.include('hundreds of recommendations');
          const hidden = !quote.shadowRoot!.querySelector('[part~="source"]');
          expect(hidden, `${quote.dataset.spelling}: the source line ${HIDDEN[quote.dataset.spelling!] ? 'hidden' : 'shown'}`).to.equal(HIDDEN[quote.dataset.spelling!]);
        }
      } finally {
        app.unmount();
        div.remove();
      }
    });

    it('runs @upr-timeline-select when a reader opens an item', async () => {
      const { div, app, vm, widgets } = await mount(custom);
      try {
        const timeline = widgets.find((w) => w.localName === 'upr-timeline')!;
        timeline.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')!.click();
        expect(vm.selected.length).to.equal(1);
      } finally {
        app.unmount();
        div.remove();
      }
    });

    it(custom ? 'warns nothing' : 'warns that it cannot resolve the upr-* tags as components (set isCustomElement)', async () => {
      const { div, app, warnings } = await mount(custom);
      app.unmount();
      div.remove();
      if (custom) expect(warnings).to.deep.equal([]);
      else {
        expect(warnings.length).to.be.greaterThan(0);
        for (const warning of warnings) expect(warning).to.match(/Failed to resolve component: upr-/);
      }
    });
  });
}
