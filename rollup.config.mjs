import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import typescript from '@rollup/plugin-typescript';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { chunkFileName, emptyDataset, loaderModules } from './scripts/data-chunks.mjs';
import { shippedDataset } from './scripts/ship-data.mjs';

// The CDN bundles: every widget, Lit and the dataset in one file each. The npm
// modules (dist/esm) are emitted by tsc instead, unbundled, with Lit external.
// `module: true` only for the ES module: in the classic build it would let
// terser drop the top-level `var UprWidgets` that pages use.
const minify = (module) =>
  terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

/**
 * Chromium's explicit compile hint on the loader's widget chunks and the code they share: a widget's chunk is loaded
 * when the widget appears and all of it runs for its first render, so its functions are compiled at once on the
 * thread that streams the file instead of one by one on the main thread. Measured with npm run bench (long tasks):
 * the demo timeline's first render under 4x throttling went from about 45 to 20-40 ms. Not on the loader itself or
 * the small helper chunks, where it would cost more bytes than time; not on data. Other engines read a comment.
 * After the minifier, which drops comments.
 */
const compileHint = () => ({
  name: 'compile-hint',
  renderChunk(code, chunk) {
    if (chunk.isEntry || !/^(upr-|shared-)/.test(chunk.fileName)) return null;
    const text = new MagicString(code);
    text.prepend('//# allFunctionsCalledOnLoad\n');
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
});

/** Lit's production build, TypeScript (only the library: a half-written test must not break the build), minified CSS. */
const common = () => [
  // "production" picks Lit's build without dev-mode warnings.
  nodeResolve({ exportConditions: ['production', 'browser'] }),
];
const library = () => [
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    noEmitOnError: true,
    compilerOptions: { noEmit: false, sourceMap: true },
  }),
  // The CSS of `css` templates without comments and whitespace (scripts/minify-css.mjs).
  minifyCssLiterals(),
];

export const singleFile = {
  input: 'src/index.ts',
  output: [
    { file: 'dist/upr-widgets.js', format: 'es', plugins: [minify(true)], sourcemap: true },
    {
      file: 'dist/upr-widgets.iife.js',
      format: 'iife',
      name: 'UprWidgets',
      plugins: [minify(false)],
      sourcemap: true,
    },
  ],
  plugins: [
    ...common(),
    // data/*.json without the fields no widget reads (scripts/ship-data.mjs), then as modules.
    shippedDataset(),
    json({ preferConst: true, compact: true }),
    ...library(),
  ],
};

/**
 * The on-demand loader: a small entry that imports each widget as it appears, and data chunks per item or
 * collection and language (scripts/data-chunks.mjs). The widgets' dataset starts empty here.
 */
const loaderBuild = {
  input: { 'upr-widgets': 'src/loader.ts' },
  output: {
    dir: 'dist/loader',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
    plugins: [minify(true), compileHint()],
    sourcemap: true,
  },
  plugins: [...common(), loaderModules(), emptyDataset(), json({ preferConst: true, compact: true }), ...library()],
};

export default [singleFile, loaderBuild];
