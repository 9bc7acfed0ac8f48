import { literal, type StaticValue } from 'lit/static-html.js';

/** The heading levels a widget inside an article may take: `h1` is the article's title. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The heading tags, for `lit/static-html.js` templates. */
export const HEADINGS: Record<HeadingLevel, StaticValue> = {
  '2': literal`h2`,
  '3': literal`h3`,
  '4': literal`h4`,
  '5': literal`h5`,
  '6': literal`h6`,
};
