// A conservative CSS minifier for the pieces of a Lit `css` template: it removes comments and whitespace and
// changes nothing else (no reordering, no rewriting of values), so the browser parses the same rules.
// Plain JavaScript without imports, so that the browser tests can run it on the real stylesheets.

/** Whitespace may go after these characters: `a {`, `b;`, `c,`, `d:` (after a colon only, never before it). */
const SPACE_MAY_GO_AFTER = new Set(['{', '}', ';', ',', ':']);
/** Whitespace may go before these (not before `:`, which would turn `.a :hover` into `.a:hover`). */
const SPACE_MAY_GO_BEFORE = new Set(['{', '}', ';', ',']);
const isSpace = (char) => char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

/**
 * Minifies one static piece of a `css` template, as written in the source (raw, escapes untouched).
 * `first`/`last`: the piece starts/ends the template; otherwise an interpolation stands there, and the
 * whitespace next to it is kept as one space (`${scope} .list` keeps its descendant combinator).
 * Returns undefined when the piece holds a comment or string it does not close (one that spans an
 * interpolation): the caller then leaves the whole template as it is.
 */
export function minifyCss(text, { first = true, last = true } = {}) {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const flushSpace = (next) => {
    const previous = out.at(-1);
    const atEdge = previous === undefined ? !first : false;
    if (pendingSpace && !SPACE_MAY_GO_BEFORE.has(next) && (atEdge || (previous !== undefined && !SPACE_MAY_GO_AFTER.has(previous)))) {
      out += ' ';
    }
    pendingSpace = false;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      pendingSpace = true; // a comment separates what stands on either side
      i = end + 2;
    } else if (isSpace(char) && text[i - 1] !== '\\') {
      pendingSpace = true;
      i += 1;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length || text[end] !== char) return undefined;
      flushSpace(char);
      out += text.slice(i, end + 1);
      i = end + 1;
    } else {
      // the last declaration of a block needs no `;`
      if (char === '}' && out.at(-1) === ';' && out.at(-2) !== '\\') out = out.slice(0, -1);
      flushSpace(char);
      out += char;
      i += 1;
    }
  }
  if (pendingSpace && !last && out.length > 0 && !SPACE_MAY_GO_AFTER.has(out.at(-1))) out += ' ';
  if (pendingSpace && !last && out.length === 0 && !first) out += ' ';
  return out;
}
