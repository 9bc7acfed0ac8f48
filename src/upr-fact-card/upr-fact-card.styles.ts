import { css } from 'lit';

/**
 * A newspaper fact box: a large, calm figure in the accent colour, its label in bold, a sentence of context,
 * then the date, any notes and the sources in small type. Hairline rules, no box, no shadow.
 */
export const styles = css`
  .card {
    border-block-start: 1px solid var(--_rule);
    padding-block: 0.75em 0.25em;
  }

  /* No specificity: the gaps set on the card's parts below must win over this reset. */
  :where(.card) p {
    margin: 0;
  }

  /* The value ------------------------------------------------------------------------------------------------ */

  .headline {
    /* Room for stacked Vietnamese diacritics ("ệ", "ẫ") when the unit wraps under the figure. */
    line-height: 1.35;
  }

  .value {
    color: var(--_accent);
  }

  .value-number {
    font-variant-numeric: tabular-nums lining-nums;
  }

  .variant-number .figure {
    font-size: var(--upr-fact-value-size, 2.75em);
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.01em;
  }

  .variant-number .qualifier,
  .variant-number .unit {
    font-size: 1.125em;
    font-weight: 600;
  }

  .variant-number .value-text {
    display: block;
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.3;
  }

  /* Balanced lines for the large value and its label; the text variant is a sentence and wraps normally. */
  .variant-number .headline,
  .variant-number .label {
    text-wrap: balance;
  }

  /* Label and context ------------------------------------------------------------------------------------------ */

  .label {
    font-weight: 700;
  }

  .variant-number .label {
    margin-block-start: 0.3em;
    font-size: 1em;
    line-height: 1.4;
  }

  .context {
    margin-block-start: 0.4em;
    line-height: var(--upr-line-height, 1.55);
  }

  /* The text variant: "Label: value", the value in the accent colour and bold. */
  .variant-text .headline {
    line-height: var(--upr-line-height, 1.55);
  }
  .variant-text .value {
    font-weight: 700;
  }
  .variant-text .context {
    margin-block-start: 0.25em;
  }

  /* Date, notes, sources ----------------------------------------------------------------------------------- */

  /* Whose figure it is: said before the date, in the same small type, so that it is read with the figure. */
  .claimant {
    margin-block-start: 0.5em;
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
  }
  .card .claimant + .as-of {
    margin-block-start: 0;
  }

  .as-of {
    margin-block-start: 0.5em;
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .note {
    margin-block-start: 0.6em;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_rule);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .note-label {
    font-weight: 700;
  }

  .card .source {
    margin-block-start: 0.6em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_rule);
  }

  .variant-text .claimant,
  .variant-text .as-of,
  .variant-text .note,
  .variant-text .source {
    margin-block-start: 0.4em;
  }

  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
