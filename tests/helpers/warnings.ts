/**
 * Records what the code under test warns. `captureWarnings()` replaces console.warn until the end of the test
 * that called it: a root `afterEach` hook (registered once, by importing this module) puts it back, whether the
 * test passed or not, so tests need no try/finally.
 */

let original: typeof console.warn | undefined;

export interface Warnings {
  /** Each warning, its arguments joined by spaces. */
  messages: string[];
  /** Puts console.warn back before the test ends (to warn for real, or to check it is back). */
  restore(): void;
}

function restore(): void {
  if (original) console.warn = original;
  original = undefined;
}

export function captureWarnings(): Warnings {
  restore();
  original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore };
}

afterEach(restore);
