/**
 * The Eleventy plugin (`upr-widgets/eleventy`, Node only): every HTML page Eleventy writes gets its widgets
 * prerendered (prerender.ts), so that a Markdown article with widgets is built with their words in its HTML.
 *
 *   import uprWidgets from 'upr-widgets/eleventy';
 *   export default function (eleventyConfig) { eleventyConfig.addPlugin(uprWidgets, { lang: 'vi' }); }
 *
 * In Markdown, write each widget in a `<div>` on lines of its own (see the README's "In your CMS"): a bare element
 * on a line becomes a paragraph. Needs @lit-labs/ssr and parse5, like the prerenderer.
 */
import { prerender, type PrerenderOptions } from './prerender.js';

/** What the plugin needs of Eleventy's configuration object. */
interface EleventyConfig {
  addTransform(name: string, transform: (this: { page?: { outputPath?: string | false } }, content: string) => string): void;
}

export type EleventyPluginOptions = PrerenderOptions;

export default function uprWidgetsEleventy(eleventyConfig: EleventyConfig, options: EleventyPluginOptions = {}): void {
  eleventyConfig.addTransform('upr-widgets-prerender', function (content) {
    const output = this.page?.outputPath;
    // only HTML pages, and only those with a widget (a page's `lang` on <html> wins over options.lang)
    if (typeof output !== 'string' || !output.endsWith('.html') || !content.includes('<upr-')) return content;
    return prerender(content, options);
  });
}
