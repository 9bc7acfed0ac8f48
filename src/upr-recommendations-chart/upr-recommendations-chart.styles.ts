import { css } from 'lit';

/**
 * A newspaper bar chart: a bold title, then for each cycle a label and its bars in rows of a grid whose first
 * two columns (bar names, figures) size to their longest text, so no label can run into another; the bars take
 * the rest of the width. Hairline rules, no boxes; figures in tabular numerals; notes and sources in small type.
 */
export const styles = css`
  .chart {
    --_bar: var(--upr-chart-bar-color, var(--_accent));
    --_derived: var(--upr-chart-derived-color, var(--_muted));
    position: relative;
    border-block-start: 1px solid var(--_rule);
    padding-block: 0.75em 0.25em;
    /* Inherited from the article and drawn by the bars and the table: a page's settings for its own SVG and
       tables (outlines, dashes, see-through fills, a caption below) must not reach them. */
    fill-opacity: 1;
    stroke: none;
    stroke-width: 1px;
    stroke-opacity: 1;
    stroke-dasharray: none;
    stroke-dashoffset: 0;
    stroke-linejoin: miter;
    paint-order: normal;
    caption-side: top;
    empty-cells: show;
  }

  .title {
    margin: 0 0 0.6em;
    padding: 0;
    font-weight: 700;
    line-height: 1.35;
    /* Also the table's caption, which browsers centre. */
    text-align: start;
    text-wrap: balance;
  }

  /* The chart --------------------------------------------------------------------------------------------- */

  .plot {
    display: grid;
    grid-template-columns: max-content max-content minmax(0, 1fr);
    column-gap: 0.6em;
    font-size: 0.875em;
    line-height: 1.4;
    font-variant-numeric: tabular-nums lining-nums;
  }

  .cycle {
    grid-column: 1 / -1;
    margin: 0;
    padding-block: 0.5em 0.1em;
    font-weight: 700;
  }
  .cycle:first-child {
    padding-block-start: 0;
  }
  /* Over the bars; in the table's first column, only where the column is too narrow for it (a large font in
     a phone's width), the name may break rather than push the table out of the widget. */
  .cycle .cycle-name {
    white-space: nowrap;
  }

  .bar {
    position: relative;
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    padding-block: 0.1em;
    outline: none;
  }
  .bar:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  .bar-value {
    text-align: end;
  }

  .bar-track {
    display: block;
    width: 100%;
    height: 1em;
  }

  /* A bar is a nested svg the width of its figure, which clips its rectangle: outlines are drawn twice as wide
     as they look, so that only their inner half shows and no bar paints beyond its length. */
  .length {
    overflow: hidden;
  }
  .length rect {
    fill: var(--_bar);
  }
  /* Three ways of drawing, so the bars differ without colour: received outlined, accepted solid, noted dashed. */
  .series-received rect {
    fill-opacity: 0.3;
    stroke: var(--_bar);
    stroke-width: 2px;
  }
  .series-noted rect {
    fill: none;
    stroke: var(--_derived);
    stroke-width: 3px;
    stroke-dasharray: 4 2;
  }
  /* A share is part of a whole: the track is the number received. */
  .whole {
    fill: var(--_rule);
  }

  /* On hover and focus, over what follows, so nothing moves; inside the bar, so it can be hovered too. */
  .tooltip {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 1;
    width: max-content;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_rule);
    background: var(--_surface);
    visibility: hidden;
  }
  .bar:hover .tooltip,
  .bar:focus .tooltip {
    visibility: visible;
  }
  .tooltips-hidden .tooltip {
    visibility: hidden !important;
  }

  /* The table ---------------------------------------------------------------------------------------------- */

  .table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums lining-nums;
  }
  .table th,
  .table td {
    padding: 0.35em 0 0.35em 0.5em;
    border-block-end: 1px solid var(--_rule);
    font-size: 0.8125em;
    line-height: 1.4;
    text-align: end;
    vertical-align: baseline;
  }
  /* A phone with large text: a header or cycle label breaks inside a word rather than push the table wider
     than the page. */
  .table th {
    overflow-wrap: anywhere;
  }
  .table th:first-child {
    padding-inline-start: 0;
    text-align: start;
  }
  .table thead th {
    border-block-end-color: var(--_text);
    vertical-align: bottom;
  }

  /* In the chart view the table is for screen readers only. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* Notes and sources -------------------------------------------------------------------------------------- */

  .note {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_rule);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .table-box + .note {
    margin-block-start: 1em;
  }
  .note-label {
    font-weight: 700;
  }

  .chart .source {
    margin-block-start: 0.6em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_rule);
  }

  /* System colours make the whole and the share the same colour: the whole becomes an outline. */
  @media (forced-colors: active) {
    .whole {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
  }

  @media print {
    .chart {
      break-inside: avoid;
    }
    .tooltip {
      display: none;
    }
  }
`;
