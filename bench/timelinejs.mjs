// TimelineJS3 (@knight-lab/timelinejs, a devDependency), the peer the benchmark compares <upr-timeline> with:
// its files in node_modules, the dataset's events in its JSON format, and the markup of its documented embed.
//
// Nothing of TimelineJS may come from the internet (the benchmark checks every request):
//   - script_path is set to the local copy of its dist/js/, the folder it takes its locale files and the
//     ../css/fonts/ and ../css/themes/ style sheets from (its default is cdn.knightlab.com);
//   - font: null. Its default font style sheet (dist/css/fonts/font.default.css) loads PT Sans and PT Serif from
//     fonts.gstatic.com, and the font files are not in the npm package, so they cannot be served locally; without
//     it, TimelineJS uses the font stacks of timeline.css (the fonts of the system), as our widgets do.
//   - its icon font (dist/css/icons/, referenced by timeline.css) is in the package and served locally;
//   - English is built into timeline.js (it fetches no locale file for `en`), and no Google Sheet, analytics
//     (ga_measurement_id) or Soundcite option is set, the only other places it would fetch from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The package's folder in node_modules (its package.json has no "exports", so this resolves). */
export const TIMELINEJS_DIR = path.dirname(require.resolve('@knight-lab/timelinejs/package.json'));
export const TIMELINEJS_VERSION = JSON.parse(readFileSync(path.join(TIMELINEJS_DIR, 'package.json'), 'utf8')).version;

/** URL paths under which the dev server (its root is the repository) serves the package's dist files. */
const repository = fileURLToPath(new URL('..', import.meta.url));
const urlDir = `/${path.relative(repository, TIMELINEJS_DIR).split(path.sep).join('/')}/dist`;
export const TIMELINEJS_URLS = {
  script: `${urlDir}/js/timeline.js`,
  css: `${urlDir}/css/timeline.css`,
  scriptPath: `${urlDir}/js/`,
  /**
   * dist/js/timeline.js as an ES module (bench.mjs serves it there): the file is a webpack bundle that declares
   * `var TL`; this is the same code followed by `export default TL`, so that the benchmark page can fetch and
   * compile it ahead with <link rel=modulepreload> and evaluate it at the start mark with import(), exactly as it
   * does with our bundle.
   */
  module: '/bench/timelinejs/timeline.mjs',
};

/** The source of TIMELINEJS_URLS.module. */
export function timelineJsModule() {
  const code = readFileSync(path.join(TIMELINEJS_DIR, 'dist/js/timeline.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  return `${code}\nexport default TL;\n`;
}

/** The options every TimelineJS of the benchmark gets: local files only, no web font (see above). */
export function timelineJsOptions(extra = {}) {
  return { script_path: TIMELINEJS_URLS.scriptPath, font: null, language: 'en', ...extra };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `2014`, `2022-01` or `2008-04-07` as TimelineJS's date object. */
function dateOf(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/**
 * The events (data/events.json) as TimelineJS's JSON: one slide per event with its date
 * (and end date), its title as the headline and its summary as the text, in `lang`. No title slide: a
 * <upr-timeline> has none either.
 */
export function timelineJsData(events, lang = 'en') {
  // in TimelineJS's order (it sorts the slides by start date, a year alone counting as 1 January), so that an
  // index into this list is an index of its slides (start_at_slide)
  const key = (event) => { const d = dateOf(event.date); return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1); };
  const sorted = [...events].sort((a, b) => key(a) - key(b));
  return {
    events: sorted.map((event) => ({
      unique_id: event.id,
      start_date: dateOf(event.date),
      ...(event.endDate ? { end_date: dateOf(event.endDate) } : {}),
      text: { headline: escapeHtml(event.title[lang]), text: `<p>${escapeHtml(event.summary[lang])}</p>` },
    })),
  };
}

/**
 * A TimelineJS embed as its documentation gives it ("Loading files" and "Instantiate a timeline"): the style
 * sheet, the script (a classic, parser-blocking script, as documented), a container with a fixed height, and an
 * inline script that creates the timeline. `start` is the unique_id of the slide to open with; `files: false`
 * leaves out the style sheet and script (a second timeline on the page).
 */
export function timelineJsEmbed(events, { id = 'timeline-embed', height = '600px', start, files = true } = {}) {
  const data = timelineJsData(events);
  const startAt = start ? data.events.findIndex((e) => e.unique_id === start) : -1;
  const options = timelineJsOptions(startAt > 0 ? { start_at_slide: startAt } : {});
  // inside a <script>: "</" may not appear in it
  const json = (value) => JSON.stringify(value).replace(/<\//g, '<\\/');
  return [
    ...(files ? [`<link rel="stylesheet" href="${TIMELINEJS_URLS.css}">`, `<script src="${TIMELINEJS_URLS.script}"></script>`] : []),
    `<div id="${id}" style="width: 100%; height: ${height}"></div>`,
    `<script>window.timeline = new TL.Timeline(${json(id)}, ${json(data)}, ${json(options)});</script>`,
  ].join('\n');
}
