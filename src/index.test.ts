import { expect } from '@open-wc/testing';
// In the "bundle" test group this import is served as dist/upr-widgets.js.
import { VERSION } from './index.js';
import { captureWarnings } from '../tests/helpers/warnings.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

async function manifestTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('loading the library', () => {
  it('reports the version from package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });

  it('registers every element the manifest documents', async () => {
    for (const tag of await manifestTags()) {
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it('is silent when the ES module bundle and the classic bundle are loaded again on the same page', async () => {
    const warnings = captureWarnings();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `/dist/upr-widgets.js?again=${Date.now()}`);
      await loadClassicScript(`/dist/upr-widgets.iife.js?again=${Date.now()}`);
      expect((window as unknown as { UprWidgets: { VERSION: string } }).UprWidgets.VERSION).to.equal(VERSION);
      expect(warnings.messages).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
    }
  });
});
