// The fallback content the builder writes inside an element: the light-DOM form of the preview's own rendering,
// made by the prerenderer's transform (src/prerender-light.ts, which `upr-widgets prerender --light` uses on the
// server), in its inline form, which wpautop and Markdown leave whole.
import { lightFallbackOf } from '../dist/esm/src/prerender-light.js';

/** The fallback of a rendered widget as HTML on one line, or '' when the widget shows its own content instead. */
export const fallbackHtml = (widget) => lightFallbackOf(widget, { inline: true })?.outerHTML ?? '';
