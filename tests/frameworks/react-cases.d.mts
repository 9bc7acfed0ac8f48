// Types of react-cases.mjs, for tests/frameworks/react.test.ts.
export declare const QUOTE: string;
export declare const NO_SOURCE: readonly { name: string; props: Record<string, unknown>; hidden: boolean }[];
export declare function tree(
  react: { createElement: (...args: unknown[]) => unknown },
  name: 'quotes' | 'timeline',
  options?: { onSelect?: (event: CustomEvent<{ id: string }>) => void; ref?: (el: HTMLElement | null) => void },
): unknown;
