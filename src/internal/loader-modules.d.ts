// The modules the loader's build writes (scripts/data-chunks.mjs).
declare module 'upr:widgets' {
  /**
   * A widget's module: `define(elements, othersDefined)` loads the data of those elements of its tag, then defines
   * the tag (`<upr-sources>` first waits for `othersDefined`: the other widgets the loader is loading, defined).
   */
  export interface WidgetModule {
    define(elements: readonly Element[], othersDefined: Promise<unknown>): Promise<void>;
    /** The widget's class (and, for the loader's tests, `dataset` and `addData` from src/internal/data.ts). */
    default: CustomElementConstructor;
  }
  /** Each tag of the registry, and how to import its widget. */
  const widgets: { readonly [tag: string]: () => Promise<WidgetModule> };
  export default widgets;
}
