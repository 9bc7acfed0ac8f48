// The registry's widgets with their specs, for the demo pages: the one list of widgets (src/widgets.ts, exported
// by the bundle) and, for each, what its folder says about it (src/<tag>/spec.ts, compiled to dist/esm by
// `npm run build`). A spec has no imports, so its compiled module loads in the browser as it is.
import { widgets } from '../dist/upr-widgets.js';

/** `{ tag, intro, item?, examples }` for every widget, in the registry's order. */
export const specs = await Promise.all(
  widgets.map(async ({ tag }) => {
    const { spec } = await import(`../dist/esm/src/${tag}/spec.js`);
    return { tag, ...spec };
  }),
);

export { attributesFor, valuesUsed } from './widget-model.js';
