import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../src/index.js';
import { specs } from '../helpers/specs.js';

/**
 * Every flag attribute of every widget (the manifest's boolean attributes) reads as HTML reads a boolean
 * attribute, present: on, but for "false", which frameworks write for a false value (Vue's :no-source="false"):
 * off, in any case and with spaces around it.
 */
interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
}
const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

describe('flag attributes', () => {
  for (const spec of specs) {
    const flags = (declarations.find((d) => d.tagName === spec.tag)?.attributes ?? []).filter((a) => a.type?.text === 'boolean');
    for (const { name, fieldName } of flags) {
      it(`<${spec.tag} ${name}>: on when present, off when absent or "false"`, async () => {
        const item = spec.item ? ` ${spec.item.attribute}="${(spec.examples[0].byLanguage?.en ?? spec.examples[0].attributes)[spec.item.attribute]}"` : '';
        for (const [written, on] of [['', false], [` ${name}`, true], [` ${name}="true"`, true], [` ${name}="${name}"`, true], [` ${name}="false"`, false], [` ${name}=" FALSE "`, false]] as const) {
          const el = await fixture<HTMLElement>(html`${unsafeStatic(`<${spec.tag}${item}${written}></${spec.tag}>`)}`);
          expect((el as unknown as Record<string, unknown>)[fieldName!], `<${spec.tag}${written}>`).to.equal(on);
        }
      });
    }
  }

  it('a quote with no-source="false" shows its source line, as one without the attribute does', async () => {
    const quote = 'do-hung-viet-hundreds-of-recommendations';
    const source = (el: Element) => el.shadowRoot!.querySelector('[part~="source"]');
    const off = await fixture(html`<upr-quote quote=${quote} no-source="false"></upr-quote>`);
    const hidden = await fixture(html`<upr-quote quote=${quote} no-source></upr-quote>`);
    expect(source(off)).to.exist;
    expect(source(hidden)).to.equal(null);
  });
});
