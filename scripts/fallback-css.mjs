// Writes dist/upr-fallback.css: the widgets' own style sheets, rewritten for their light-DOM fallback (prerender
// with form: 'light', src/prerender-light.ts), so that a fallback is laid out exactly as its widget until the
// element is defined. Generated from the styles the widgets render with: no copy of a measure can drift.
//
// Each widget's rules are scoped to `<tag>:is(:not(:defined), :state(upr-waiting)) > .upr-fallback` (an element
// not yet defined, or defined by the loader and waiting for its data or its turn to render), and:
// - `:host` becomes the element, without specificity, since the page's rules win over :host;
// - what the page's CSS would give the fallback's elements (a site's `p` or `a` rules, which cannot reach into a
//   shadow root) is reverted first, to the browser's own styles, as in a shadow root; SVG keeps its attributes;
// - a span that stands for another element (`upr-is-p`: buttons, and every block in the inline form) gets that
//   element's browser styles, and every type selector matches it too, with the specificity of the type;
// - the dark theme follows a page's `data-upr-theme` set after the prerender (a site's dark-mode switch).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { minifyCss } from './minify-css.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'dist/upr-fallback.css';
/** An element not yet rendered: undefined, or waiting (UprElement's upr-waiting state; ignored where unknown). */
const UNRENDERED = ':is(:not(:defined), :state(upr-waiting))';

// Importing the prerenderer installs Lit's DOM shim, so that the widget classes load in Node.
const { CONTROL_CLASS, FALLBACK_CLASS, TAG_CLASS_PREFIX, USER_AGENT_STYLES } = await import(`${root}dist/esm/src/prerender-light.js`);
await import(`${root}dist/esm/src/prerender.js`);
const { widgets } = await import(`${root}dist/esm/src/widgets.js`);

const CONVERTED = new Set(Object.keys(USER_AGENT_STYLES));
const THEMED = [
  ['theme-dark', 'dark'],
  ['theme-auto', 'auto'],
];

/** Every type selector of a converted tag also matches its span, at a type's specificity. */
function convertTypes(selector) {
  selector.walkTags((tag) => {
    const name = tag.value.toLowerCase();
    if (name === 'span') {
      // a span of the shadow root's, not one that stands for another element
      tag.replaceWith(selectorParser.tag({ value: `span:not(:where([class*='${TAG_CLASS_PREFIX}']))` }));
    } else if (CONVERTED.has(name)) {
      tag.replaceWith(selectorParser.tag({ value: `:is(${name}, span:where(.${TAG_CLASS_PREFIX}${name}))` }));
    }
  });
}

/** One selector of a widget's sheet, for its fallback. */
function rewriteSelector(text, host) {
  const ast = selectorParser().astSync(text);
  const out = [];
  ast.each((selector) => {
    convertTypes(selector);
    const first = selector.first;
    const hostPseudo = first?.type === 'pseudo' && first.value === ':host' ? first : undefined;
    if (!hostPseudo) {
      out.push(`${host} > .${FALLBACK_CLASS} ${selector.toString().trim()}`);
      return;
    }
    const args = hostPseudo.nodes.length ? `:is(${hostPseudo.nodes.map(String).join(', ')})` : '';
    hostPseudo.remove();
    // what follows :host in its compound (":host(.a).b" is not written) and then the rest
    const rest = selector.toString().trim();
    if (!rest) out.push(`:where(${host})${args}`);
    else out.push(`${host}${args} > .${FALLBACK_CLASS} ${rest}`);
  });
  return out;
}

/** The dark-theme variants of a selector: the theme a prerender wrote (light), under a page that went dark. */
function themeVariants(selector, tag) {
  const variants = [];
  for (const [className, value] of THEMED) {
    if (!selector.includes(`.${className}`)) continue;
    variants.push(
      `[data-upr-theme='${value}' i] ${selector.replace(`${tag}${UNRENDERED}`, `${tag}:not([theme])${UNRENDERED}`).replaceAll(`.${className}`, '.theme-light')}`,
    );
  }
  return variants;
}

function sheetOf(widget) {
  const styles = [widget.styles].flat(Infinity).map((style) => style.cssText);
  const css = postcss.parse(styles.join('\n'));
  const host = `${widget.tag}${UNRENDERED}`;
  css.walkComments((comment) => comment.remove());
  css.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    const selectors = rule.selectors.flatMap((selector) => rewriteSelector(selector, host));
    rule.selectors = [...selectors, ...selectors.flatMap((selector) => themeVariants(selector, widget.tag))];
  });
  return css.toString();
}

export function fallbackCss() {
  const hosts = `:is(${widgets.map((widget) => widget.tag).join(', ')})${UNRENDERED}`;
  const preamble = [
    // the wrapper is a shadow root's place: no box of its own
    `${hosts} > .${FALLBACK_CLASS} { all: revert; display: contents; }`,
    // what the page gives elements does not reach into a shadow root; an SVG's attributes are its own styles
    `${hosts} > .${FALLBACK_CLASS} :not(svg, svg *) { all: revert; }`,
    // a control that works only with the script is `hidden` (for readers without this sheet); here it holds its
    // place, unseen, with the box of its element (a span standing for another gets that one's, below)
    `${hosts} > .${FALLBACK_CLASS} :not(span):where(.${CONTROL_CLASS}[hidden]) { display: block; }`,
    `${hosts} > .${FALLBACK_CLASS} span:where(.${CONTROL_CLASS}[hidden]) { display: inline; }`,
    `${hosts} > .${FALLBACK_CLASS} .${CONTROL_CLASS} { visibility: hidden; }`,
    ...Object.entries(USER_AGENT_STYLES).map(([tag, declarations]) => `${hosts} > .${FALLBACK_CLASS} span:where(.${TAG_CLASS_PREFIX}${tag}) { ${declarations} }`),
  ].join('\n');
  const header = `/* upr-widgets: the widgets' layout for their light-DOM fallback (upr-widgets prerender --light), generated from their styles. */`;
  return `${header}\n${minifyCss(`${preamble}\n${widgets.map(sheetOf).join('\n')}`)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(`${root}${OUT}`, fallbackCss());
}
