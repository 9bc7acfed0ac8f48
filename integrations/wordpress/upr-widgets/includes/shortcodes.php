<?php
/**
 * Shortcodes for the classic editor: [upr_quote quote="…"], [upr_fact_card fact="…"], [upr_timeline],
 * [upr_recommendations_chart], [upr_sources], and [upr_term term="…"]words[/upr_term] inside a sentence. Each
 * attribute of the element passes through (a flag such as show-original written bare); any other is dropped.
 *
 * Shortcodes rather than typed elements because WordPress runs them after wpautop (do_shortcode at priority 11,
 * wpautop at 10, and shortcode_unautop takes away the paragraph around one on a line of its own): nothing wpautop
 * does can split the element from its fallback content or double it. The element comes with the fallback the
 * plugin's build prerendered for its item, or for the timeline and chart with their default options
 * (build/fallbacks.json: the widget's own rendering in its light-DOM form), or with what the editor wrote
 * between [upr_quote …] and [/upr_quote], in which case that is what readers without the script see.
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets (build/widgets.json, from custom-elements.json): tag => { attributes, item, inline, block }.
 *
 * @return array
 */
function upr_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = json_decode( (string) file_get_contents( UPR_WIDGETS_DIR . '/build/widgets.json' ), true );
	}
	return $elements;
}

/**
 * A widget's shortcode: upr-fact-card → upr_fact_card.
 *
 * @param string $tag The element's name.
 * @return string
 */
function upr_widgets_shortcode_of( $tag ) {
	return str_replace( '-', '_', $tag );
}

/** Every shortcode of the plugin. */
function upr_widgets_shortcode_tags() {
	return array_map( 'upr_widgets_shortcode_of', array_keys( upr_widgets_elements() ) );
}

/**
 * The prerendered fallback of a widget in a language (build/fallbacks.json), '' when there is none.
 *
 * @param string $tag        The element's name.
 * @param array  $attributes The element's attributes.
 * @param string $lang       A BCP 47 tag.
 * @return string
 */
function upr_widgets_fallback( $tag, $attributes, $lang ) {
	static $fallbacks = null;
	if ( null === $fallbacks ) {
		$fallbacks = json_decode( (string) file_get_contents( UPR_WIDGETS_DIR . '/build/fallbacks.json' ), true );
	}
	$element = upr_widgets_elements()[ $tag ];
	if ( ! empty( $element['item'] ) ) {
		$key = isset( $attributes[ $element['item'] ] ) && is_string( $attributes[ $element['item'] ] ) ? trim( $attributes[ $element['item'] ] ) : '';
	} else {
		// <upr-sources all> lists every source, which a fallback can too; without `all` it lists what the page
		// cites, which no single widget knows, so it has none (each item's fallback names its own sources).
		// a flag as the widgets read it: present, unless its value is "false"
		$all = isset( $attributes['all'] ) && ( true === $attributes['all'] || 'false' !== strtolower( trim( $attributes['all'] ) ) );
		$key = $all ? 'all' : 'default';
	}
	$in      = 0 === strpos( strtolower( $lang ), 'vi' ) ? 'vi' : 'en';
	return isset( $fallbacks[ $tag ][ $key ][ $in ] ) ? $fallbacks[ $tag ][ $key ][ $in ] : '';
}

/**
 * An element with its attributes (in the manifest's order) and inner HTML.
 *
 * @param string $tag        The element's name.
 * @param array  $attributes name => value, true for a flag.
 * @param string $inner      Its content, as HTML.
 * @return string
 */
function upr_widgets_element_html( $tag, $attributes, $inner ) {
	$written = '';
	foreach ( $attributes as $name => $value ) {
		$written .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return '<' . $tag . $written . '>' . $inner . '</' . $tag . '>';
}

/**
 * Renders a shortcode as its element.
 *
 * @param array|string $atts      The shortcode's attributes (a flag written bare comes as a numbered value).
 * @param string|null  $content   What the editor wrote between the opening and the closing shortcode.
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function upr_widgets_render_shortcode( $atts, $content, $shortcode ) {
	$tag     = str_replace( '_', '-', $shortcode );
	$element = upr_widgets_elements()[ $tag ];
	$given   = is_array( $atts ) ? $atts : array();
	$written = array();
	foreach ( $element['attributes'] as $name ) {
		if ( isset( $given[ $name ] ) ) {
			$written[ $name ] = (string) $given[ $name ];
		} elseif ( in_array( $name, $given, true ) ) {
			$written[ $name ] = true;
		}
	}
	$lang = isset( $written['lang'] ) && is_string( $written['lang'] ) ? $written['lang'] : upr_widgets_post_language();
	if ( ! isset( $written['lang'] ) ) {
		$written = array( 'lang' => $lang ) + $written;
	}
	$inner = null === $content || '' === trim( $content )
		? upr_widgets_fallback( $tag, $written, $lang )
		: do_shortcode( $content );
	return upr_widgets_element_html( $tag, $written, $inner );
}

/** Registers the shortcodes. */
function upr_widgets_register_shortcodes() {
	foreach ( array_keys( upr_widgets_elements() ) as $tag ) {
		add_shortcode( upr_widgets_shortcode_of( $tag ), 'upr_widgets_render_shortcode' );
	}
}
add_action( 'init', 'upr_widgets_register_shortcodes' );
