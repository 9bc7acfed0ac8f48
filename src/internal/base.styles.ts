import { css } from 'lit';

/**
 * Shared by every widget: the public `--upr-*` tokens, the two themes, and the
 * rules for printing and forced colours. Widgets read the private `--_*`
 * copies so that a site's override applies in both themes at once.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Widget text is Vietnamese or English: keep it left-to-right on RTL pages. */
    direction: ltr;
    text-align: start;
    font-family: var(--upr-font-family, inherit);
    font-size: var(--upr-font-size, 1em);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    --_text: var(--upr-color-text, #1b1c1e);
    --_muted: var(--upr-color-muted, #53575d);
    --_background: var(--upr-color-background, transparent);
    --_surface: var(--upr-color-surface, #f4f3ef);
    --_accent: var(--upr-color-accent, #0b5394);
    --_rule: var(--upr-color-rule, #c9c7c1);
    --_focus: var(--upr-color-focus, #0b5394);
    color: var(--_text);
    background: var(--_background);
    line-height: var(--upr-line-height, 1.55);
    box-sizing: border-box;
    /* Inherited from the article, or set on the element by page rules that beat :host ("* {…}"): only the
       font family and size are the page's to give; these would break the widget's layout. */
    direction: ltr;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    writing-mode: horizontal-tb;
    word-break: normal;
    pointer-events: auto;
  }

  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }

  .theme-dark {
    --_text: var(--upr-color-text, #ecebe8);
    --_muted: var(--upr-color-muted, #b5b3ad);
    --_background: var(--upr-color-background, #17181a);
    --_surface: var(--upr-color-surface, #222428);
    --_accent: var(--upr-color-accent, #8fc1f2);
    --_rule: var(--upr-color-rule, #45474c);
    --_focus: var(--upr-color-focus, #8fc1f2);
  }

  @media (prefers-color-scheme: dark) {
    .theme-auto {
      --_text: var(--upr-color-text, #ecebe8);
      --_muted: var(--upr-color-muted, #b5b3ad);
      --_background: var(--upr-color-background, #17181a);
      --_surface: var(--upr-color-surface, #222428);
      --_accent: var(--upr-color-accent, #8fc1f2);
      --_rule: var(--upr-color-rule, #45474c);
      --_focus: var(--upr-color-focus, #8fc1f2);
    }
  }

  /* A widget's box ruled above (class panel): a dark background needs room around the text; on a light page
     the box aligns with the article. */
  .theme-dark > .panel {
    padding: 0.75em 1em 0.9em;
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto > .panel {
      padding: 0.75em 1em 0.9em;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The source line: small, but at 4.5:1 contrast in both themes. */
  .source {
    margin: 0.75em 0 0;
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_muted);
  }
  /* A source named or linked (renderSourceLink): in the source line and in <upr-sources>. */
  cite.source-link {
    font-style: normal;
  }
  a.source-link {
    color: inherit;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a.source-link:hover {
    color: var(--_accent);
  }

  .unavailable {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_rule);
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .base {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_surface: Canvas;
      --_accent: LinkText;
      --_rule: CanvasText;
      --_focus: Highlight;
    }
  }

  @media print {
    .base {
      --_text: #000;
      --_muted: #333;
      --_background: transparent;
      --_surface: transparent;
      --_accent: #000;
      --_rule: #777;
    }
    button {
      display: none !important;
    }
  }
`;
