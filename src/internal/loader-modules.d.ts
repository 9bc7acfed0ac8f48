// The modules the loader's build writes (scripts/data-chunks.mjs).
declare module 'upr:widgets' {
  /** Each tag of the registry, and how to import (and so define) its widget. */
  const widgets: { readonly [tag: string]: () => Promise<unknown> };
  export default widgets;
}
