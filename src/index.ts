/**
 * upr-widgets: importing this module registers every element of the registry (src/widgets.ts).
 *
 * Each widget lives in its own folder as a side-effect-free class module plus a `define.ts` that registers it
 * alone. This entry is also the entry of the one-file bundles in dist/.
 */
import { defineElement } from './internal/define.js';
import { widgets } from './widgets.js';

for (const widget of widgets) defineElement(widget.tag, widget);

export { dataset } from './internal/data.js';
export { beginServerPage, type ServerPageOptions } from './internal/server.js';
export { VERSION } from './internal/version.js';
export * from './widgets.js';
