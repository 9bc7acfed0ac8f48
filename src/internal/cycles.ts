import type { CycleNumber } from './data.js';
import { quoteValue, warnInvalidAttribute } from './warn.js';

/** The UPR's cycles so far, and how articles write them ("Cycle IV"). */
export const CYCLE_NUMBERS: readonly CycleNumber[] = [1, 2, 3, 4];
export const ROMAN: Record<CycleNumber, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** Splits "3, 4" or "review report" into trimmed, non-empty tokens. */
export function tokens(value: string): string[] {
  return value.split(/[\s,;]+/).filter(Boolean);
}

/** "3", "III" or "iii" → 3; anything else undefined. */
export function cycleNumber(token: string): CycleNumber | undefined {
  const upper = token.toUpperCase();
  return CYCLE_NUMBERS.find((n) => String(n) === token || ROMAN[n] === upper);
}

/**
 * Reads a `cycles` attribute ("3,4", "III IV"): the cycles it names, or undefined when it is unset or empty,
 * or names anything else. Then one warning for the attribute names its first bad item, the nearest cycle and
 * (shortened) the whole value, after `consequence` ("showing every cycle, "), which says what the widget does.
 */
export function parseCyclesAttribute(tag: string, raw: string | undefined, consequence = ''): ReadonlySet<CycleNumber> | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const list = tokens(value);
  const bad = list.find((token) => !cycleNumber(token));
  if (bad === undefined) return new Set(list.flatMap((token) => cycleNumber(token) ?? []));
  const n = Number(bad);
  const nearest = Number.isFinite(n) ? [String(Math.min(4, Math.max(1, Math.round(n))))] : CYCLE_NUMBERS.map(String);
  warnInvalidAttribute(tag, 'cycles', bad, nearest, `Cycles are 1 to 4; ${consequence}ignoring cycles=${quoteValue(value)}.`);
  return undefined;
}
