// The React trees of tests/frameworks/react.test.ts, shared by the server (frameworks-plugin.mjs renders them with
// react-dom/server) and the browser (which renders or hydrates the same tree): `tree(React, name)`.
export const QUOTE = 'do-hung-viet-hundreds-of-recommendations';

/** Each way a React author writes the quote's no-source flag, and whether the source line is hidden. */
export const NO_SOURCE = [
  { name: 'no-source={true}', props: { 'no-source': true }, hidden: true },
  { name: 'noSource={true}', props: { noSource: true }, hidden: true },
  { name: 'no-source="false"', props: { 'no-source': 'false' }, hidden: false },
  { name: 'no-source={false}', props: { 'no-source': false }, hidden: false },
  { name: 'noSource={false}', props: { noSource: false }, hidden: false },
  { name: 'no flag', props: {}, hidden: false },
];

/** The tree named `name`: one quote per spelling ('quotes'), or a timeline ('timeline'). */
export function tree({ createElement: h }, name, { onSelect, ref } = {}) {
  if (name === 'quotes') {
    return h('div', null, ...NO_SOURCE.map(({ name: spelling, props }) => h('upr-quote', { key: spelling, 'data-spelling': spelling, quote: QUOTE, ...props })));
  }
  if (name === 'timeline') {
    return h('div', null, h('upr-timeline', { cycles: '3', lang: 'en', ref, 'onupr-timeline-select': onSelect }));
  }
  throw new Error(`no tree ${name}`);
}
