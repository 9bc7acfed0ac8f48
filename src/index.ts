/**
 * upr-widgets: importing this module registers every element.
 *
 * Each widget lives in its own folder as a side-effect-free class module plus a
 * `define.ts` that registers it; this entry imports every `define.ts`. It is
 * also the entry of the one-file bundles in dist/.
 */
export { VERSION } from './internal/version.js';
export { dataset } from './internal/data.js';
