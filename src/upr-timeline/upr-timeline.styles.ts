import { css, type CSSResult } from 'lit';

/**
 * The horizontal layout, written once and applied twice (see `horizontalLayouts`). Cards of fixed width sit in a row under a hairline rule and scroll sideways with snapping.
 */
function horizontal(scope: CSSResult): CSSResult {
  return css`
    ${scope} .controls {
      display: flex;
    }

    ${scope} .list {
      display: flex;
      align-items: flex-start;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scroll-padding-inline: 0.25em;
      /* Room above the rule for the cycle labels, and round the cards for focus rings. */
      padding: 2em 0.25em 0.75em;
      scrollbar-width: thin;
      scrollbar-color: var(--_rule) transparent;
    }

    ${scope} .item {
      flex: 0 0 var(--upr-timeline-card-width, 15em);
      max-width: 85%;
      margin: 0;
      padding: 0.9em 1.5em 0 0;
      border-inline-start: 0;
      border-block-start: var(--_line-width) solid var(--_line);
      scroll-snap-align: start;
    }

    ${scope} .item:last-child {
      padding-inline-end: 0.25em;
    }

    ${scope} .item.highlighted {
      border-block-start: 2px solid var(--_highlight);
    }

    ${scope} .date::before {
      display: none;
    }

    ${scope} .item::before {
      display: block;
      inset-block-start: calc(var(--_marker) / -2 - 0.5px);
      inset-inline-start: 0;
    }

    ${scope} .item.highlighted::before {
      inset-block-start: calc(var(--_marker) / -2 - 1px);
    }

    /* A tick rising from the rule where a cycle begins, with its label beside it. */
    ${scope} .cycle-divider {
      position: absolute;
      inset-block-start: calc(-1.75em / 0.8125);
      inset-inline-start: 0;
      block-size: calc(1.75em / 0.8125);
      margin: 0;
      padding: 0 0 0 0.5em;
      border-block-start: 0;
      border-inline-start: 1px solid var(--_text);
      white-space: nowrap;
    }
  `;
}

/**
 * On screen only (paper gets the vertical layout): `layout="horizontal"` always, `layout="auto"` from 720px of
 * the element's own width. One block of rules serves both selectors.
 */
const horizontalLayouts = css`
  @media screen {
    ${horizontal(css`.layout-horizontal`)}
    @container upr-timeline (min-width: 720px) {
      ${horizontal(css`.layout-auto`)}
    }
  }
`;

/**
 * Container query context, and titles that wrap without a word alone on their last line. Not `balance`: at phone
 * width it halves a two-line title, leaving a ragged short first line ("Viet Nam's second / UPR review").
 */
const modern = css`
  .layout-auto {
    container: upr-timeline / inline-size;
  }
  .title,
  .toggle {
    text-wrap: pretty;
  }
  @media (forced-colors: active) {
    .item.highlighted .date::before,
    .item.highlighted::before {
      forced-color-adjust: none;
    }
  }
`;

/**
 * A newspaper timeline: a thin rule with small markers, dates in muted tabular numerals, bold titles that open
 * in place, cycle labels across the rule. No cards, boxes or shadows.
 */
const layout = css`
  .timeline {
    --_line: var(--upr-timeline-line-color, var(--_rule));
    --_line-width: 1px;
    --_marker-color: var(--upr-timeline-marker-color, var(--_muted));
    --_milestone-color: var(--upr-timeline-milestone-color, var(--_text));
    --_highlight: var(--upr-timeline-highlight-color, var(--_accent));
    --_marker: 0.5625em;
    /* Where the rule runs, and how far the text sits from it. */
    --_rule-inset: 0.4375em;
    --_text-inset: 1.375em;
  }

  /* A dark background needs room around the text; on a light page the timeline aligns with the article. */
  .theme-dark > .timeline,
  .theme-dark > .empty {
    padding: 1em;
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto > .timeline,
    .theme-auto > .empty {
      padding: 1em;
    }
  }

  p {
    margin: 0;
  }

  /* The list: a rule down the side ----------------------------------------------------------------------- */

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    position: relative;
    margin-inline-start: var(--_rule-inset);
    padding: 0 0 1.25em var(--_text-inset);
    border-inline-start: var(--_line-width) solid var(--_line);
  }

  .item:last-child {
    padding-block-end: 0.25em;
  }

  .item.highlighted {
    border-inline-start-color: var(--_highlight);
  }

  /* The marker: a border-only circle, so that it stays visible in forced colours. Vertically it sits on the
     rule beside the date line; horizontally (below) on the rule at the start of the card. */
  .date::before,
  .item::before {
    content: '';
    position: absolute;
    box-sizing: border-box;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: calc(var(--_marker) / 2) solid var(--_marker-color);
    border-radius: 50%;
  }
  .item::before {
    display: none;
  }
  .date::before {
    /* The date is set at 0.875em: scale the item's measures to it. */
    inline-size: calc(var(--_marker) / 0.875);
    block-size: calc(var(--_marker) / 0.875);
    border-width: calc(var(--_marker) / 1.75);
    inset-block-start: 50%;
    inset-inline-start: calc(-1 * (var(--_text-inset) + var(--_line-width) / 2) / 0.875);
    translate: -50% -50%;
  }

  .item.kind-review {
    --_marker: 0.8125em;
  }
  .item.kind-review .date::before,
  .item.kind-review::before {
    border-color: var(--_milestone-color);
  }

  .item.highlighted {
    --_marker: 0.9375em;
  }
  .item.highlighted .date::before,
  .item.highlighted::before {
    border-color: var(--_highlight);
  }

  /* A cycle begins: a hairline across the whole width, the label aligned with the text. */
  .cycle-divider {
    --_indent: calc((var(--_rule-inset) + var(--_text-inset)) / 0.8125);
    margin: 0.25em 0 0.75em calc(-1 * var(--_indent) - var(--_line-width));
    padding: 0.5em 0 0 var(--_indent);
    border-block-start: 1px solid var(--_text);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.03em;
    line-height: 1.5;
    color: var(--_text);
  }
  .item:first-child .cycle-divider {
    margin-block-start: 0;
  }

  .date {
    position: relative;
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
    font-variant-numeric: tabular-nums lining-nums;
  }

  /* The title, a button that opens the item ------------------------------------------------------------------ */

  .title {
    margin: 0.1em 0 0;
    font-size: 1.0625em;
    font-weight: 700;
    /* Room for stacked Vietnamese diacritics ("ệ", "ẫ") between wrapped lines. */
    line-height: 1.4;
  }

  .toggle {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    letter-spacing: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover .title-text {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .chevron {
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: 0.45em;
    vertical-align: 0.2em;
    border-inline-end: 1.5px solid var(--_muted);
    border-block-end: 1.5px solid var(--_muted);
    transform: rotate(45deg);
    transition: transform 150ms ease-out;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: translateY(0.2em) rotate(-135deg);
  }

  .interval {
    margin-block-start: 0.15em;
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
  }

  /* What an opened item shows ------------------------------------------------------------------------------- */

  .details {
    margin-block-start: 0.4em;
    max-inline-size: 40em;
  }

  .summary {
    line-height: var(--upr-line-height, 1.55);
  }

  /* Whose account the summary and figures are, when one party's. */
  .claimant {
    margin-block-start: 0.3em;
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
  }

  .figures {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.9375em;
  }
  .figures li + li {
    margin-block-start: 0.15em;
  }
  .figure-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums lining-nums;
  }

  .conflict {
    margin-block-start: 0.6em;
    padding-inline-start: 0.6em;
    border-inline-start: 2px solid var(--_rule);
    font-size: 0.875em;
    line-height: 1.5;
  }

  .details .source {
    margin-block-start: 0.5em;
  }

  .empty {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_rule);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* The scroll buttons, shown only in the horizontal layout -------------------------------------------------- */

  .controls {
    display: none;
    justify-content: flex-end;
    gap: 0.5em;
  }

  .scroll-button {
    margin: 0;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_rule);
    border-radius: 2px;
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    line-height: 1.5;
    cursor: pointer;
  }
  .scroll-button:hover {
    border-color: var(--_text);
  }
  .scroll-button[aria-disabled='true'] {
    color: var(--_muted);
    border-color: var(--_rule);
    cursor: default;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .item.highlighted .date::before,
    .item.highlighted::before {
      border-color: Highlight;
    }
    .scroll-button[aria-disabled='true'] {
      color: GrayText;
    }
  }

  /* On paper: every item open, vertical, no buttons (the titles stay, as text). */
  @media print {
    .controls,
    .chevron {
      display: none;
    }
    .base .toggle {
      display: inline !important;
      cursor: auto;
    }
    .details[hidden] {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
  }
`;

export const styles = [layout, horizontalLayouts, modern];
