import { css } from 'lit';

/**
 * A newspaper pull quote: a short accent rule, the words larger than the text
 * around them, a small caption with the speaker in bold and the role in the
 * muted colour. Reported speech gets a hairline and a label instead of the
 * accent rule and quotation marks, so it never looks like a quotation.
 */
export const styles = css`
  .figure {
    --_mark: var(--upr-quote-mark-color, var(--_accent));
    margin: 0;
    padding-block: 0.25em;
  }

  /* The rule above the quote: short and accented for a direct quote, a full hairline for reported speech. */
  .figure::before {
    content: '';
    display: block;
    inline-size: 3em;
    margin-block-end: 0.9em;
    border-block-start: 0.1875em solid var(--_mark);
  }
  .kind-paraphrase::before {
    inline-size: 100%;
    margin-block-end: 0.75em;
    border-block-start: 1px solid var(--_rule);
  }

  .text {
    margin: 0;
    font-family: var(--upr-quote-font-family, inherit);
  }
  .text p {
    margin: 0 0 0.6em;
  }
  .text p:last-child {
    margin-block-end: 0;
  }

  .direct {
    font-size: 1.25em;
    /* Room for stacked diacritics such as "ệ", "ẫ" at the larger size. */
    line-height: 1.5;
  }
  /* The editor's mark after a speaker's error: not the speaker's words, so set apart from them. */
  .sic {
    font-style: normal;
    font-weight: 400;
    font-size: 0.8em;
    letter-spacing: 0;
    color: var(--_muted);
    white-space: nowrap;
  }

  .mark {
    color: var(--_mark);
  }

  .label {
    margin: 0 0 0.35em;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.01em;
    color: var(--_muted);
  }
  .reported {
    font-size: 1.0625em;
    line-height: 1.6;
  }

  .note,
  .original-label {
    margin: 0.6em 0 0;
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
  }
  .note {
    font-style: italic;
  }

  .original-block {
    margin-block-start: 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 1px solid var(--_rule);
  }
  .original-label {
    margin-block: 0 0.25em;
    font-weight: 700;
  }
  .original-block .text {
    font-size: 0.9375em;
    line-height: 1.55;
  }

  .caption {
    margin-block-start: 0.9em;
  }
  .attribution,
  .occasion {
    margin: 0;
  }
  .attribution {
    font-size: 0.9375em;
    line-height: 1.45;
  }
  .speaker {
    font-weight: 700;
  }
  .role-separator,
  .role,
  .occasion {
    color: var(--_muted);
  }
  .occasion {
    margin-block-start: 0.15em;
    font-size: 0.875em;
    line-height: 1.5;
  }
  .occasion time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .caption .source {
    margin-block-start: 0.35em;
  }

  /* The button and its feedback share one row whose height does not change when the feedback appears. */
  .actions {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0.75em;
    margin-block-start: 0.9em;
  }
  .copy {
    min-block-size: 2.5em;
    padding: 0.35em 0.9em;
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.3;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 2px;
    cursor: pointer;
  }
  .copy:hover {
    color: var(--_accent);
    border-color: var(--_accent);
  }
  .status {
    /* Two lines reserved: the longest message wraps once beside the button on a 320 px phone. */
    min-block-size: calc(2 * 1.35em);
    display: flex;
    align-items: center;
    font-size: 0.8125em;
    line-height: 1.35;
    color: var(--_muted);
  }

  /* A sidebar: smaller words, tighter spacing. */
  .size-compact::before {
    inline-size: 2.25em;
    margin-block-end: 0.6em;
  }
  .size-compact.kind-paraphrase::before {
    inline-size: 100%;
  }
  .size-compact .direct {
    font-size: 1.0625em;
  }
  .size-compact .reported {
    font-size: 0.9375em;
  }
  .size-compact .caption,
  .size-compact .actions {
    margin-block-start: 0.65em;
  }
  .size-compact .attribution {
    font-size: 0.875em;
  }
  .size-compact .occasion {
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    .copy {
      color: ButtonText;
      border-color: ButtonText;
    }
  }

  @media print {
    .actions {
      display: none;
    }
    .figure {
      break-inside: avoid;
    }
  }
`;
