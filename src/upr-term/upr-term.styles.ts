import { css } from 'lit';

/**
 * The word stays part of the author's sentence: the element and its box inherit everything from the paragraph
 * (font, size, line height, spacing, colour), so defining the element moves nothing. Only a dotted underline,
 * which takes no space, marks it. The definition is a small card in the top layer, reset from whatever the
 * paragraph around it sets.
 */
export const styles = css`
  :host {
    display: inline;
    direction: inherit;
    text-align: inherit;
    font: inherit;
  }

  /* The base resets text for block widgets; here it would change the author's line. */
  .term {
    all: inherit;
    direction: inherit;
  }

  .trigger {
    cursor: pointer;
    /* Longhands: Safari reads only the line from the text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: max(1px, 0.08em);
    text-underline-offset: 0.2em;
    border-radius: 0.125em;
  }
  .trigger[aria-expanded='true'] {
    text-decoration-style: solid;
  }

  /* The definition ---------------------------------------------------------------------------------------- */

  .popover {
    /* Placed by script (left, top) in viewport coordinates; the top layer escapes overflow and z-index. */
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 2147483647;
    box-sizing: border-box;
    width: max-content;
    max-width: min(22em, calc(100% - 1rem));
    /* Large text on a small screen: the card scrolls rather than running off the screen. In viewport units:
       without the Popover API, 100% would be the height of a transformed ancestor. */
    max-height: calc(100vh - 1rem);
    max-height: calc(100dvh - 1rem);
    margin: 0;
    padding: 0.7em 0.9em 0.75em;
    overflow: auto;
    border: 1px solid var(--_rule);
    border-radius: 0.25em;
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.12);
    /* The base class resets the rest of what the paragraph would pass on (spacing, direction, case…). */
    background: var(--upr-color-background, #fff);
    font-family: var(--upr-font-family, inherit);
    font-size: 0.875em;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-shadow: none;
    overflow-wrap: break-word;
    cursor: auto;
  }
  .popover:not(.open) {
    display: none;
  }
  .popover.theme-dark {
    background: var(--_background);
  }
  @media (prefers-color-scheme: dark) {
    .popover.theme-auto {
      background: var(--_background);
    }
  }

  .popover p {
    margin: 0;
  }
  .name dfn {
    font-style: normal;
    font-weight: 700;
  }
  .definition {
    margin-block-start: 0.3em;
  }
  .popover .source {
    margin-block-start: 0.5em;
    padding-block-start: 0.4em;
    border-block-start: 1px solid var(--_rule);
    font-size: 0.875em;
  }

  @media print {
    .trigger {
      text-decoration-line: none;
    }
    .popover {
      display: none;
    }
  }
`;
