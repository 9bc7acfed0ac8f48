import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
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
    plugins: [minify(true)],
    sourcemap: true,
  },
  plugins: [...common(), loaderModules(), emptyDataset(), json({ preferConst: true, compact: true }), ...library()],
};

export default [singleFile, loaderBuild];
