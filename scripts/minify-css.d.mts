/** Types of scripts/minify-css.mjs, for the browser tests that run it. */
export function minifyCss(text: string, options?: { first?: boolean; last?: boolean }): string | undefined;
