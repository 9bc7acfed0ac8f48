// The plugin's editor script: one block per widget and an inline format for <upr-term>, built by
// scripts/wordpress-plugin.mjs (webpack with WordPress's dependency extraction: the @wordpress/* imports are the
// editor's own wp.* scripts). What it offers comes from the library, as the demo builder's does
// (demo/widget-model.js): the widgets, their options from custom-elements.json, and the items of the bundled
// dataset, listed in the language the editor is shown in. The preview is the real widget, whose script the plugin
// loads in the editor too.
//
// Written with createElement rather than JSX: no compiler, and no react-jsx-runtime (WordPress 6.6+ only).
import { registerBlockType } from '@wordpress/blocks';
import { InspectorControls, RichTextToolbarButton, useBlockProps } from '@wordpress/block-editor';
import { ComboboxControl, PanelBody, Placeholder, Popover, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { createElement as h, Fragment, RawHTML, useEffect, useRef, useState } from '@wordpress/element';
import { applyFormat, registerFormatType, removeFormat, useAnchorRef } from '@wordpress/rich-text';
import model from 'upr-widgets-model';
import { lightFallbackOf } from '../../../dist/esm/src/prerender-light.js';
import { fallbackKey, fallbackLanguage } from './fallback-key.js';

const settings = window.uprWidgetsEditor ?? {};
/** 'vi' or 'en': the language the editor is shown in, which the picker lists items in. */
const editorLang = /^vi\b/i.test(settings.editorLanguage ?? document.documentElement.lang) ? 'vi' : 'en';
/** What the post's widgets speak when a block has no language of its own. */
const postLanguage = settings.postLanguage || document.documentElement.lang || 'en';
/** The plugin's prerendered fallbacks (build/fallbacks.json, which the PHP puts before this script). */
const shippedFallbacks = window.uprWidgetsFallbacks ?? {};

/** The shipped fallback of an element: its item's, or its widget's with the default options ('' if none). */
function shippedFallback(tag, attributes, lang) {
  return shippedFallbacks[tag]?.[fallbackKey(tag, attributes)]?.[fallbackLanguage(lang)] ?? '';
}

const STRINGS = {
  en: {
    titles: {
      'upr-quote': 'UPR quote',
      'upr-fact-card': 'UPR fact card',
      'upr-timeline': 'UPR timeline',
      'upr-recommendations-chart': 'UPR recommendations chart',
      'upr-sources': 'UPR sources',
      'upr-term': 'UPR term',
    },
    items: { quotes: 'Quote', facts: 'Fact', events: 'Event to highlight', glossary: 'Term' },
    // the manifest's summary of each widget (custom-elements.json) is the English description
    descriptions: {},
    search: 'Type a word to search, then choose',
    choose: 'Choose an item to show.',
    options: 'Options',
    language: 'Language',
    postLanguage: 'The post’s (default)',
    notSet: '(not set)',
    isDefault: (value) => `${value} (default)`,
    termHelp: 'Select the words in the sentence, then choose the term they stand for.',
    removeTerm: 'Remove UPR term',
  },
  vi: {
    titles: {
      'upr-quote': 'UPR: trích dẫn',
      'upr-fact-card': 'UPR: thẻ số liệu',
      'upr-timeline': 'UPR: dòng thời gian',
      'upr-recommendations-chart': 'UPR: biểu đồ khuyến nghị',
      'upr-sources': 'UPR: nguồn tin',
      'upr-term': 'UPR: thuật ngữ',
    },
    items: { quotes: 'Trích dẫn', facts: 'Số liệu', events: 'Sự kiện cần làm nổi bật', glossary: 'Thuật ngữ' },
    descriptions: {
      'upr-quote': 'Một câu trích dẫn hoặc lời thuật lại trong bộ dữ liệu, trình bày như trích dẫn nổi bật trên báo',
      'upr-fact-card': 'Một số liệu hoặc dữ kiện ngắn trong bộ dữ liệu, như hộp số liệu trên báo',
      'upr-timeline': 'Chặng đường của Việt Nam trong cơ chế Rà soát định kỳ phổ quát của LHQ, dạng dòng thời gian trên báo',
      'upr-recommendations-chart': 'Số khuyến nghị Việt Nam nhận, chấp thuận và ghi nhận trong từng chu kỳ UPR, dạng biểu đồ thanh ngang',
      'upr-sources': 'Danh sách “Nguồn” ở cuối bài',
      'upr-term': 'Một thuật ngữ trong bảng thuật ngữ, bằng chính lời của bài viết',
    },
    search: 'Gõ một từ để tìm, rồi chọn',
    choose: 'Chọn nội dung cần hiển thị.',
    options: 'Tùy chọn',
    language: 'Ngôn ngữ',
    postLanguage: 'Theo bài viết (mặc định)',
    notSet: '(không đặt)',
    isDefault: (value) => `${value} (mặc định)`,
    termHelp: 'Chọn các từ trong câu, rồi chọn thuật ngữ mà chúng chỉ.',
    removeTerm: 'Bỏ thuật ngữ UPR',
  },
};
const t = STRINGS[editorLang];

/** The items of a collection as the picker lists them, in the editor's language. */
const choicesOf = (collection) => (model.items[collection] ?? []).map(({ id, label }) => ({ value: id, label: label[editorLang] }));

/** The element's attributes from the block's: the ones set, a flag as ''. */
function elementAttributes(widget, attributes) {
  const names = [widget.item?.name, 'lang', ...widget.options.map((o) => o.name)].filter(Boolean);
  const written = {};
  for (const name of names) {
    const value = attributes[name];
    if (value !== undefined && value !== null && value !== '') written[name] = value;
    else if (value === '' && widget.options.some((o) => o.name === name && o.kind === 'boolean')) written[name] = '';
  }
  return written;
}

/** A manifest description as the help of a control, its `backticked` words as code. */
const helpOf = (description) => description.split('`').map((part, i) => (i % 2 ? h('code', { key: i }, part) : part));

function OptionControl({ option, value, onChange }) {
  const label = h('code', null, option.name);
  const help = helpOf(option.description);
  if (option.kind === 'boolean') {
    return h(ToggleControl, { label, help, checked: value !== undefined, onChange: (on) => onChange(on ? '' : undefined) });
  }
  if (option.kind === 'enum') {
    const choices = option.values.map((v) => ({ value: v, label: v === option.fallback && v !== 'default' ? t.isDefault(v) : v }));
    if (!option.fallback) choices.unshift({ value: '', label: t.notSet });
    return h(SelectControl, { label, help, value: value ?? option.fallback ?? '', options: choices, onChange: (v) => onChange(v === option.fallback ? undefined : v || undefined) });
  }
  return h(TextControl, { label, help, value: value ?? '', onChange: (v) => onChange(v || undefined) });
}

function ItemPicker({ widget, value, onChange }) {
  return h(ComboboxControl, {
    className: 'upr-widgets-item-picker',
    label: t.items[widget.item.collection] ?? widget.item.name,
    help: t.search,
    value: value ?? null,
    options: choicesOf(widget.item.collection),
    onChange: (id) => onChange(id || undefined),
    allowReset: !widget.item.required,
  });
}

function editOf(widget) {
  return function WidgetEdit({ attributes, setAttributes }) {
    const blockProps = useBlockProps({ className: 'upr-widgets-block' });
    const written = elementAttributes(widget, attributes);
    const lang = written.lang || postLanguage;
    const item = widget.item?.required ? written[widget.item.name] : undefined;
    // The fallback saved inside the element, for readers without the script and for the post without the plugin:
    // the light-DOM form of the preview's own rendering (src/prerender-light.ts), with the options it has.
    const previewRef = useRef(null);
    const shown = JSON.stringify({ ...written, lang });
    useEffect(() => {
      const element = previewRef.current;
      if (!element) return undefined;
      let current = true;
      // the widgets' module script may run after this one: wait for the element, then for its rendering
      customElements.whenDefined(widget.tag).then(() => element.updateComplete).then(() => {
        if (!current || !element.shadowRoot) return;
        const fallback = lightFallbackOf(element)?.outerHTML ?? '';
        if (fallback !== (attributes.fallback ?? '')) setAttributes({ fallback });
      });
      return () => {
        current = false;
      };
    }, [shown]);
    const set = (name) => (value) => setAttributes({ [name]: value });

    const sidebar = h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: t.options },
        widget.item ? h(ItemPicker, { widget, value: attributes[widget.item.name], onChange: set(widget.item.name) }) : null,
        h(SelectControl, {
          label: t.language,
          value: attributes.lang ?? '',
          options: [
            { value: '', label: t.postLanguage },
            { value: 'vi', label: 'Tiếng Việt (vi)' },
            { value: 'en', label: 'English (en)' },
          ],
          onChange: (v) => setAttributes({ lang: v || undefined }),
        }),
        ...widget.options.map((option) => h(OptionControl, { key: option.name, option, value: attributes[option.name], onChange: set(option.name) })),
      ),
    );
    const needsItem = widget.item?.required && !item;
    const preview = needsItem
      ? h(
          Placeholder,
          { label: t.titles[widget.tag], instructions: t.choose },
          h(ItemPicker, { widget, value: undefined, onChange: set(widget.item.name) }),
        )
      : h(widget.tag, { ...written, lang, ref: previewRef });
    return h(Fragment, null, sidebar, h('div', blockProps, preview));
  };
}

/**
 * The element with its fallback inside. The fallback is an attribute read back from the saved element, so that a
 * post saved with one version of the dataset stays valid with the next; a block made without the editor's preview
 * (wp.blocks.createBlock) gets the one the plugin ships for its item (or widget), prerendered by the build.
 */
function saveOf(widget) {
  return function save({ attributes }) {
    const written = elementAttributes(widget, attributes);
    const fallback = attributes.fallback || shippedFallback(widget.tag, written, written.lang || postLanguage);
    return h(widget.tag, written, h(RawHTML, null, fallback));
  };
}

for (const widget of model.widgets.filter((w) => !w.wrapsText)) {
  const name = `upr-widgets/${widget.tag.replace(/^upr-/, '')}`;
  // the first example of the widget's spec, as the builder starts from: what the inserter's preview shows
  const example = widget.example?.byLanguage?.[editorLang] ?? widget.example?.attributes ?? {};
  registerBlockType(name, {
    apiVersion: 2,
    title: t.titles[widget.tag],
    description: t.descriptions[widget.tag] ?? widget.summary,
    category: 'embed',
    icon: { quote: 'format-quote', 'fact-card': 'chart-area', timeline: 'backup', 'recommendations-chart': 'chart-bar', sources: 'book' }[name.split('/')[1]] ?? 'admin-site',
    supports: { html: false, className: false, customClassName: false },
    example: { attributes: example },
    edit: editOf(widget),
    save: saveOf(widget),
  });
}

// <upr-term>: the editor's own words in a sentence, marked as standing for a term of the glossary.
const TERM = 'upr-widgets/term';
const term = model.widgets.find((w) => w.wrapsText);
if (term) {
  registerFormatType(TERM, {
    title: t.titles[term.tag],
    tagName: term.tag,
    className: null,
    attributes: { term: 'term', lang: 'lang' },
    edit: function TermEdit({ isActive, value, onChange, contentRef, activeAttributes }) {
      const [open, setOpen] = useState(false);
      const anchorRef = useAnchorRef({ ref: contentRef, value, settings: { tagName: term.tag, className: null } });
      const picker = h(ComboboxControl, {
        className: 'upr-widgets-item-picker',
        label: t.items.glossary,
        help: t.termHelp,
        value: activeAttributes?.term ?? null,
        options: choicesOf(term.item.collection),
        onChange: (id) => {
          if (id) onChange(applyFormat(value, { type: TERM, attributes: { term: id } }));
          setOpen(false);
        },
      });
      return h(
        Fragment,
        null,
        h(RichTextToolbarButton, {
          icon: 'book-alt',
          title: isActive ? t.removeTerm : t.titles[term.tag],
          isActive,
          onClick: () => (isActive ? onChange(removeFormat(value, TERM)) : setOpen(true)),
        }),
        open ? h(Popover, { anchorRef, onClose: () => setOpen(false), className: 'upr-widgets-term-popover' }, h('div', { style: { padding: '12px', minWidth: '280px' } }, picker)) : null,
      );
    },
  });
}
