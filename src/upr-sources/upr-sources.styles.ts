import { css } from 'lit';

/**
 * A newspaper's list of sources: a small bold heading over a hairline, then entries in small type with a hanging
 * indent, so that each one's start is easy to find when it wraps on a phone.
 */
export const styles = css`
  .sources {
    border-block-start: 1px solid var(--_rule);
    padding-block: 0.6em 0.25em;
  }

  .heading {
    margin: 0 0 0.4em;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.4;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    line-height: 1.5;
  }

  .entry {
    margin: 0 0 0.45em;
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
    /* Long outlet names and document symbols wrap instead of widening a phone's page. */
    overflow-wrap: anywhere;
  }

  time,
  .language {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .empty {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* On paper a link is its address. */
  @media print {
    .entry a::after {
      content: ' ' attr(href);
      color: var(--_muted);
    }
    .entry {
      break-inside: avoid;
    }
  }
`;
