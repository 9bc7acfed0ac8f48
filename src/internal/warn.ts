/**
 * Edit distance (Levenshtein), one row at a time. Written here rather than taken from fastest-levenshtein, which
 * every page paid for in 0.6 KB gzip and a 256 KB table allocated at load, to compare one mistyped value with a few
 * dozen ids when an editor makes a typo.
 */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

const warned = new Set<string>();

/** Logs a warning once per page for a given key, however many elements hit it. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

/** The valid values nearest to a bad one, by edit distance ignoring case. */
export function closestValues(value: string, candidates: readonly string[], count = 3): string[] {
  const needle = value.trim().toLowerCase();
  return candidates
    .map((candidate) => ({ candidate, score: distance(needle, candidate.toLowerCase()) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** Shortens what an editor typed so that a pasted essay does not flood the console. */
export function quoteValue(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(shown);
}

/**
 * One warning for a bad attribute value: names the element, the attribute, the
 * value and the closest valid values, so an editor can fix the typo.
 */
export function warnInvalidAttribute(
  tagName: string,
  attribute: string,
  value: string,
  valid: readonly string[],
  fallbackNote = '',
): void {
  const tag = tagName.toLowerCase();
  const suggestions = closestValues(value, valid).map((v) => JSON.stringify(v));
  const hint = suggestions.length ? ` Closest valid values: ${suggestions.join(', ')}.` : '';
  warnOnce(
    `${tag}\u0000${attribute}\u0000${value}`,
    `<${tag}>: ${attribute}=${quoteValue(value)} is not valid.${hint}${fallbackNote ? ` ${fallbackNote}` : ''}`,
  );
}
