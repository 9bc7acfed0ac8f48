// The embed-code builder. Nothing here is a copy of the library's knowledge:
// - the widgets are the registry's (src/widgets.ts), in its order; each starts from the first example of its
//   spec (src/<tag>/spec.ts), and the spec names the item it shows (`item`: attribute and collection);
// - their attributes, allowed values, defaults and descriptions come from custom-elements.json;
// - the items come from the dataset inside the bundle (the `dataset` export);
// - the integrity hash comes from dist/integrity.json, written by the build.
// The preview element is built from the same attribute list as the code, so the code is exactly
// what the preview runs. Without a `lang` of its own (the default: the widget follows the article it is pasted
// into), the preview sits in a box with the article's language the editor picks, as the pasted code would.
import { dataset, VERSION } from '../dist/upr-widgets.js';
import { embedCode, escapeAttribute, fallbackCssUrl, pinningImportMap } from './embed-code.js';
import { fallbackHtml } from './fallback-code.js';
import { specs } from './specs.js';
import * as model from './widget-model.js';

const { attributesFor, fold, oneLine } = model;

const $ = (id) => document.getElementById(id);
const form = $('builder');
const widgetChoices = $('widget-choices');
const itemField = $('item-field');
const itemLegend = $('item-legend');
const search = $('item-search');
const itemList = $('item-list');
const itemListLabel = $('item-list-label');
const itemCount = $('item-count');
const articleLangField = $('article-lang-field');
const optionsBox = $('options');
const preview = $('preview');
const scriptUrl = $('script-url');
const code = $('code');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const includeFallback = $('include-fallback');
const pinFiles = $('pin-files');

// the script of each kind, in dist/; the loader's hashes are in its folder's integrity.json
const BUNDLES = { loader: 'loader/upr-widgets.js', module: 'upr-widgets.js', classic: 'upr-widgets.iife.js' };
const TEXT_DELAY_MS = 500;

let widgets = [];
let widget; // the chosen entry of `widgets`
let integrity = {};
let loaderIntegrity = {};
const chosenItems = new Map(); // tag → item id, so going back to a widget keeps its item
const leftOptions = new Map(); // tag → the option values the widget had when the editor chose another one
let textTimer;
let urlTimer;

// ---------------------------------------------------------------------------------------------
// text helpers

/** Appends a manifest description to an element, with `backticked` words as <code>. */
function appendDescription(element, description) {
  oneLine(description)
    .split('`')
    .forEach((part, i) => {
      if (!part) return;
      if (i % 2) {
        const c = document.createElement('code');
        c.textContent = part;
        element.append(c);
      } else {
        element.append(part);
      }
    });
}

// ---------------------------------------------------------------------------------------------
// the library's model (demo/widget-model.js), over the bundle's dataset

const widgetsFrom = (manifest) => model.widgetsFrom(manifest, specs, dataset);
const describeItem = (collection, item, lang) => model.describeItem(collection, item, lang, dataset);

/** The `lang` the editor gives the element: '' (none, the default: the article's), 'vi' or 'en'. */
const langAttribute = () => form.elements.lang.value;
/** The language of the article the preview stands in. */
const articleLang = () => form.elements['article-lang'].value;
/** The language the widget speaks: its own `lang`, or the article's. */
const currentLang = () => langAttribute() || articleLang();

function renderItems() {
  const { item } = widget;
  const lang = currentLang();
  const words = fold(search.value).split(/\s+/).filter(Boolean);
  const all = dataset[item.collection].map((entry) => ({ id: entry.id, ...describeItem(item.collection, entry, lang) }));
  const matches = all.filter((entry) => {
    const haystack = fold(entry.text.join(' '));
    return words.every((word) => haystack.includes(word));
  });

  const options = matches.map((entry) => {
    const option = new Option(entry.label, entry.id);
    option.lang = lang;
    return option;
  });
  // "none" (an optional item) is a choice of its own, first in the whole list; a search lists only what it finds,
  // and the first of them is chosen
  const offerNone = !item.required && !words.length;
  if (offerNone) options.unshift(new Option(`None (no ${item.name} attribute)`, ''));
  itemList.replaceChildren(...options);

  let chosen = chosenItems.get(widget.tag) ?? (item.required ? all[0]?.id : '');
  const listed = chosen === '' ? offerNone : matches.some((entry) => entry.id === chosen);
  if (!listed && matches.length) chosen = matches[0].id;
  chosenItems.set(widget.tag, chosen);
  itemList.value = chosen;

  const noun = `${item.thing}${all.length === 1 ? '' : 's'}`;
  const none = item.required ? '' : ` Clear the search for none (no ${item.name} attribute).`;
  itemCount.textContent = words.length
    ? matches.length
      ? `${matches.length} of ${all.length} ${noun} match.${none}`
      : `No ${item.thing} matches “${search.value.trim()}”; the ${item.thing} chosen before stays.${none}`
    : `${all.length} ${noun}.`;
}

// ---------------------------------------------------------------------------------------------
// building the form

function renderWidgetChoices(chosenTag) {
  widgetChoices.replaceChildren(
    ...widgets.map(({ tag, summary }) => {
      const label = document.createElement('label');
      const input = document.createElement('input');
      Object.assign(input, { type: 'radio', name: 'widget', value: tag, checked: tag === chosenTag });
      const name = document.createElement('code');
      name.textContent = `<${tag}>`;
      const about = document.createElement('span');
      about.className = 'help';
      about.textContent = summary;
      label.append(input, ' ', name, about);
      return label;
    }),
  );
}

function optionControl(option) {
  const id = `option-${option.name}`;
  const wrap = document.createElement('div');
  wrap.className = `control control-${option.kind}`;
  const label = document.createElement('label');
  const name = document.createElement('code');
  name.textContent = option.name;
  const help = document.createElement('p');
  help.className = 'help';
  help.id = `${id}-help`;
  appendDescription(help, option.description);

  let input;
  if (option.kind === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
    label.append(input, ' ', name);
  } else {
    if (option.kind === 'enum') {
      input = document.createElement('select');
      if (!option.fallback) input.append(new Option('(not set)', ''));
      for (const value of option.values) {
        const label = value === option.fallback && value !== 'default' ? `${value} (default)` : value;
        input.append(new Option(label, value));
      }
      input.value = option.fallback;
    } else {
      input = document.createElement('input');
      Object.assign(input, { type: 'text', autocomplete: 'off', spellcheck: false });
    }
    label.htmlFor = id;
    label.append(name);
  }
  Object.assign(input, { id, name: option.name });
  input.setAttribute('aria-describedby', help.id);
  wrap.append(label, ...(option.kind === 'boolean' ? [] : [input]), help);
  return wrap;
}

/** Sets a control to a value (true/false for a checkbox), if the widget has that control. */
function setControl(name, value) {
  const control = form.elements.namedItem(name);
  if (!control || control instanceof RadioNodeList) return;
  if (control.type === 'checkbox') control.checked = value === true || value === '';
  // a list keeps its default when the value (say, carried from another widget's text field) is not one it offers
  else if (control.localName !== 'select' || Array.from(control.options).some((o) => o.value === value)) control.value = value;
}

/**
 * Where a widget starts: its first example (src/<tag>/spec.ts) in the chosen language, options and item. The
 * item is the example's only if none was chosen for the widget before.
 */
function exampleValues(entry) {
  const [example] = entry.examples;
  const attributes = new Map(Object.entries(example ? attributesFor(example, currentLang()) : {}));
  if (entry.item && attributes.has(entry.item.name) && !chosenItems.has(entry.tag)) {
    chosenItems.set(entry.tag, attributes.get(entry.item.name));
  }
  if (entry.item) attributes.delete(entry.item.name);
  return attributes;
}

/**
 * Shows a widget's controls, set to `values` (attribute name → value, `true`/`false` for a checkbox). An
 * attribute that is neither an option nor the item (none should be) is left out.
 */
function chooseWidget(tag, values = new Map()) {
  widget = widgets.find((w) => w.tag === tag) ?? widgets[0];
  const { item } = widget;
  optionsBox.replaceChildren(...widget.options.map(optionControl));
  for (const [name, value] of values) setControl(name, value);
  itemField.hidden = !item;
  // the list is named after the attribute it sets, as the option controls are
  itemList.name = item?.name ?? '';
  if (!item) return;
  const thing = item.thing[0].toUpperCase() + item.thing.slice(1);
  itemLegend.textContent = item.required ? `${thing} to show` : `${thing} to highlight (optional)`;
  itemListLabel.textContent = `${thing} (${item.name})`;
  renderItems();
}

/** The values of the option controls now. */
function optionValues() {
  return new Map(
    widget.options.map(({ name, kind }) => {
      const control = form.elements.namedItem(name);
      return [name, kind === 'boolean' ? control.checked : control.value];
    }),
  );
}

/**
 * Going to another widget: it gets back the options it had when the editor left it, or starts from its first
 * example; the options every widget shares (theme) come along from the widget left.
 */
function switchWidget(tag) {
  const current = optionValues();
  leftOptions.set(widget.tag, current);
  const next = widgets.find((w) => w.tag === tag);
  const left = leftOptions.get(tag);
  const values = new Map(left ?? exampleValues(next));
  for (const { name, shared } of widget.options) {
    if (shared && (left || !values.has(name))) values.set(name, current.get(name));
  }
  chooseWidget(tag, values);
}

// ---------------------------------------------------------------------------------------------
// the attribute list, and what is built from it: the preview, the code, the link

/** [name, value] pairs, value `true` for a boolean attribute; defaults and empty values are left out. */
function attributes() {
  const list = [];
  const chosen = chosenItems.get(widget.tag);
  if (widget.item && chosen) list.push([widget.item.name, chosen]);
  if (langAttribute()) list.push(['lang', langAttribute()]);
  for (const option of widget.options) {
    const control = form.elements.namedItem(option.name);
    if (option.kind === 'boolean') {
      if (control.checked) list.push([option.name, true]);
    } else {
      const value = control.value.trim();
      if (value && value !== option.fallback) list.push([option.name, value]);
    }
  }
  return list;
}

/** The words inside an element that wraps article text: the chosen item's name in the chosen language. */
function words() {
  const chosen = widget.wrapsText && widget.item && chosenItems.get(widget.tag);
  const entry = chosen && dataset[widget.item.collection].find((item) => item.id === chosen);
  return entry ? describeItem(widget.item.collection, entry, currentLang()).label : '';
}

const scriptKind = () => document.querySelector('input[name="script-kind"]:checked').value;

function scriptCode() {
  const kind = scriptKind();
  const src = escapeAttribute(scriptUrl.value.trim());
  const hash = kind === 'loader' ? loaderIntegrity['upr-widgets.js'] : integrity[BUNDLES[kind]];
  const check = hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
  if (kind === 'classic') return `<script src="${src}"${check} defer></script>`;
  const tag = `<script type="module" src="${src}"${check}></script>`;
  if (kind !== 'loader' || !pinFiles.checked || !hash) return tag;
  let map;
  try {
    map = pinningImportMap(loaderIntegrity, new URL(scriptUrl.value.trim(), location.href).href);
  } catch {
    return tag; // not an address yet: nothing to pin
  }
  return `${map}\n${tag}`;
}

/** The stylesheet of the fallbacks, from the script's folder (dist/upr-fallback.css beside the bundles). */
function fallbackCssCode() {
  return `<link rel="stylesheet" href="${escapeAttribute(fallbackCssUrl(scriptUrl.value.trim()))}" />`;
}

let codeRun = 0;
/**
 * The code: the script (and, with the fallback, its stylesheet), an empty line, the widget. The fallback is the
 * preview's own rendering in its light-DOM form, so the code is written once the preview has rendered.
 */
async function renderCode() {
  const run = ++codeRun;
  copyStatus.textContent = ''; // what was copied is not this code
  const shown = preview.firstElementChild;
  const withFallback = includeFallback.checked && !widget.wrapsText;
  let fallback = '';
  if (withFallback && shown) {
    code.setAttribute('aria-busy', 'true');
    await shown.updateComplete;
    if (run !== codeRun) return;
    fallback = fallbackHtml(shown);
  }
  code.removeAttribute('aria-busy');
  const element = embedCode(widget.tag, attributes(), { words: words(), inSentence: widget.wrapsText, fallback });
  const head = withFallback ? `${scriptCode()}\n${fallbackCssCode()}` : scriptCode();
  code.textContent = `${head}\n\n${element}`;
}

function update() {
  clearTimeout(textTimer);
  const list = attributes();
  const element = document.createElement(widget.tag);
  for (const [name, value] of list) element.setAttribute(name, value === true ? '' : value);
  element.textContent = words();
  // the article around it: its language (what an element without `lang` speaks), and its colours for the theme
  preview.lang = articleLang();
  preview.dataset.theme = element.getAttribute('theme') ?? '';
  // the article's language belongs to the first choice ("the article's"); it stays in place, unused, beside the others
  articleLangField.disabled = Boolean(langAttribute());
  preview.replaceChildren(element);
  renderCode();

  // the query string reproduces the builder's state: ?widget=upr-quote&quote=…&lang=en&show-original, or
  // ?widget=upr-quote&quote=…&article-lang=en without a lang of the element's own
  const query = new URLSearchParams([
    ['widget', widget.tag],
    ...list.map(([name, value]) => [name, value === true ? '' : value]),
    ...(langAttribute() ? [] : [['article-lang', articleLang()]]),
  ]);
  writeUrl(`?${query.toString().replace(/=(?=&|$)/g, '')}`);
}

/**
 * Puts the state in the address bar. Safari refuses more than 100 history changes in 10 seconds (fast typing in
 * the search field gets there) with an exception: then the latest state is written a second later.
 */
function writeUrl(search) {
  clearTimeout(urlTimer);
  try {
    history.replaceState(null, '', search);
  } catch {
    urlTimer = setTimeout(() => writeUrl(search), 1000);
  }
}

// ---------------------------------------------------------------------------------------------
// events

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});

form.addEventListener('change', (event) => {
  const { target } = event;
  if (target === search) return;
  if (target.name === 'widget') {
    switchWidget(target.value);
  } else if (target === itemList) {
    chosenItems.set(widget.tag, itemList.value);
  } else if ((target.name === 'lang' || target.name === 'article-lang') && widget.item) {
    renderItems(); // the list speaks the widget's language
  }
  update();
});

form.addEventListener('input', (event) => {
  if (event.target === search) {
    if (widget.item) renderItems();
    update();
  } else if (event.target.type === 'text') {
    // free text: wait for a pause in typing, so half-typed values don't reach the widget
    clearTimeout(textTimer);
    textTimer = setTimeout(update, TEXT_DELAY_MS);
  }
});

search.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && itemList.options.length) {
    event.preventDefault();
    itemList.focus();
  }
});

// on a phone (the preview above the settings), the link back to it shows once it has scrolled out of view
const toPreview = document.querySelector('.to-preview');
new IntersectionObserver(([entry]) => toPreview.classList.toggle('shown', !entry.isIntersecting)).observe(preview);

function showPinning() {
  $('pin-field').hidden = scriptKind() !== 'loader';
}

for (const radio of document.querySelectorAll('input[name="script-kind"]')) {
  radio.addEventListener('change', () => {
    // follow the choice in the URL when it ends with one of the scripts
    const file = BUNDLES[radio.value];
    scriptUrl.value = scriptUrl.value.replace(/(loader\/)?upr-widgets(\.iife)?\.js$/, file);
    showPinning();
    renderCode();
  });
}
pinFiles.addEventListener('change', renderCode);
scriptUrl.addEventListener('input', renderCode);
includeFallback.addEventListener('change', renderCode);

copyButton.addEventListener('click', async () => {
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent);
    copyStatus.textContent = 'Copied. Paste it into the HTML of your article.';
  } catch {
    getSelection().selectAllChildren(code);
    copyStatus.textContent = 'This browser did not allow copying: the code is selected, so press Ctrl+C (⌘C on a Mac).';
  }
});

// ---------------------------------------------------------------------------------------------
// start

function showError(message) {
  const box = $('builder-error');
  box.textContent = message;
  box.hidden = false;
}

async function start() {
  const manifest = await fetch('../custom-elements.json').then((response) => {
    if (!response.ok) throw new Error(`custom-elements.json: HTTP ${response.status}`);
    return response.json();
  });
  widgets = widgetsFrom(manifest);

  const integrityResponse = await fetch('../dist/integrity.json');
  if (integrityResponse.ok) integrity = await integrityResponse.json();
  else showError('dist/integrity.json is missing, so the code has no integrity hash: run npm run build.');

  const loaderResponse = await fetch('../dist/loader/integrity.json');
  if (loaderResponse.ok) loaderIntegrity = await loaderResponse.json();
  else showError('dist/loader/integrity.json is missing, so the code has no integrity hash: run npm run build.');
  const pinned = Object.keys(loaderIntegrity).length - 1;
  $('pin-size').textContent = `${pinned} files, about ${Math.round(pinningImportMap(loaderIntegrity, new URL('../dist/loader/upr-widgets.js', location.href).href).length / 1024)} KB in every page`;

  scriptUrl.value = new URL(`../dist/${BUNDLES[scriptKind()]}`, location.href).href;
  showPinning();
  $('build-version').textContent = `upr-widgets ${VERSION}`;

  // a link carries the whole state (?widget=upr-quote&quote=…&lang=en&size=compact); without one, the first
  // widget of the registry starts from its first example
  const params = new URLSearchParams(location.search);
  const linked = widgets.find((w) => w.tag === params.get('widget'));
  const chosen = linked ?? widgets[0];
  const known = (value) => value === 'en' || value === 'vi';
  if (known(params.get('lang'))) form.elements.lang.value = params.get('lang');
  if (known(params.get('article-lang'))) form.elements['article-lang'].value = params.get('article-lang');
  if (linked && chosen.item && params.has(chosen.item.name)) chosenItems.set(chosen.tag, params.get(chosen.item.name));
  const values = linked
    ? new Map(chosen.options.filter((o) => params.has(o.name)).map((o) => [o.name, params.get(o.name)]))
    : exampleValues(chosen);
  if (linked && chosen.item?.required && !chosenItems.has(chosen.tag)) exampleValues(chosen); // the example's item

  renderWidgetChoices(chosen.tag);
  chooseWidget(chosen.tag, values);
  update();
  form.removeAttribute('aria-busy');
  form.dataset.ready = '';
}

start().catch((error) => showError(`The builder could not start: ${error.message}`));
