// A web-test-runner plugin for tests/frameworks/:
//   GET /__upr-frameworks__/react.js           React 19 and react-dom/client from npm, bundled as one ES module by
//                                              esbuild (React ships CommonJS only), production build
//   GET /__upr-frameworks__/react-ssr?tree=…   the tree of react-cases.mjs rendered by react-dom/server's renderToString,
//                                              in a child process (react-ssr.mjs)
//   GET /__upr-frameworks__/vue.js             Vue 3's runtime for the browser (its development build: it warns)
//   GET /__upr-frameworks__/widgets.vue.js[?custom]  tests/frameworks/Widgets.vue compiled by @vue/compiler-sfc, with
//                                              compilerOptions.isCustomElement for the upr-* tags given `custom`
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const REACT_SSR = fileURLToPath(new URL('react-ssr.mjs', import.meta.url));
const WIDGETS_VUE = fileURLToPath(new URL('Widgets.vue', import.meta.url));
const require = createRequire(import.meta.url);
const VUE_RUNTIME = '/__upr-frameworks__/vue.js';

/** Widgets.vue as an ES module, its template compiled with or without isCustomElement for upr-* tags. */
async function compileWidgetsVue(custom) {
  const { parse, compileTemplate } = await import('@vue/compiler-sfc');
  const { descriptor, errors } = parse(readFileSync(WIDGETS_VUE, 'utf8'), { filename: 'Widgets.vue' });
  if (errors.length) throw errors[0];
  const compilerOptions = custom ? { isCustomElement: (tag) => tag.startsWith('upr-') } : {};
  const template = compileTemplate({ source: descriptor.template.content, filename: 'Widgets.vue', id: 'widgets', compilerOptions });
  if (template.errors.length) throw new Error(String(template.errors[0]));
  const script = descriptor.script.content.replace('export default', 'const component =');
  return `${template.code}\n${script}\ncomponent.render = render;\nexport default component;\n`.replace(/from "vue"/g, `from "${VUE_RUNTIME}"`);
}

function serverRender(name) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [REACT_SSR, name], { env: { ...process.env, NODE_ENV: 'production' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${REACT_SSR}: ${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}
const ENTRY = `export { createElement, useEffect, useRef } from 'react';
export { createRoot, hydrateRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';`;

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    minify: false,
    define: { 'process.env.NODE_ENV': process.env.UPR_REACT_DEV ? '"development"' : '"production"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

export function frameworksPlugin() {
  return {
    name: 'upr-frameworks',
    async serve(context) {
      if (context.path === '/__upr-frameworks__/react.js') return { body: await reactBundle(), type: 'js' };
      if (context.path === VUE_RUNTIME) return { body: readFileSync(require.resolve('vue/dist/vue.runtime.esm-browser.js'), 'utf8'), type: 'js' };
      if (context.path === '/__upr-frameworks__/widgets.vue.js') {
        return { body: await compileWidgetsVue(new URL(context.url, 'http://x').searchParams.has('custom')), type: 'js' };
      }
      if (context.path === '/__upr-frameworks__/react-ssr') {
        return { body: await serverRender(new URL(context.url, 'http://x').searchParams.get('tree') ?? ''), type: 'html' };
      }
      return undefined;
    },
  };
}
