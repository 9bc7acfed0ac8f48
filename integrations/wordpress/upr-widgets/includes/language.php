<?php
/**
 * The language a post's widgets speak: the post's own language when a language plugin gives one (Polylang, WPML),
 * else the site's (get_locale()), as a BCP 47 tag for the elements' `lang` attribute.
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A WordPress locale (vi, en_US, pt_BR) as a BCP 47 language tag (vi, en-US, pt-BR).
 *
 * @param string $locale A WordPress locale.
 * @return string
 */
function upr_widgets_language_tag( $locale ) {
	$tag = str_replace( '_', '-', (string) $locale );
	return '' === $tag ? 'en' : $tag;
}

/**
 * The post's language as a BCP 47 tag. Filter `upr_widgets_post_language` to give another (a multilingual setup
 * this plugin does not know).
 *
 * @param int|WP_Post|null $post The post (the current one when null).
 * @return string
 */
function upr_widgets_post_language( $post = null ) {
	$post   = get_post( $post );
	$locale = '';
	if ( $post && function_exists( 'pll_get_post_language' ) ) {
		$locale = (string) pll_get_post_language( $post->ID, 'locale' );
	}
	if ( '' === $locale && $post && has_filter( 'wpml_post_language_details' ) ) {
		$details = apply_filters( 'wpml_post_language_details', null, $post->ID );
		if ( is_array( $details ) && ! empty( $details['locale'] ) ) {
			$locale = (string) $details['locale'];
		}
	}
	if ( '' === $locale ) {
		$locale = get_locale();
	}
	return (string) apply_filters( 'upr_widgets_post_language', upr_widgets_language_tag( $locale ), $post );
}

/**
 * Gives every widget element in `$html` that has no `lang` of its own the post's language.
 *
 * @param string $html Markup (a block's, a shortcode's, a post's content).
 * @param string $lang A BCP 47 tag.
 * @return string
 */
function upr_widgets_add_lang( $html, $lang ) {
	return preg_replace_callback(
		'/<(upr-[a-z][a-z0-9-]*)(\s[^>]*)?>/',
		function ( $match ) use ( $lang ) {
			$attributes = isset( $match[2] ) ? $match[2] : '';
			if ( preg_match( '/\slang\s*=/i', $attributes ) ) {
				return $match[0];
			}
			return '<' . $match[1] . ' lang="' . esc_attr( $lang ) . '"' . $attributes . '>';
		},
		$html
	);
}

/**
 * The post's language on the widgets typed into its content (the HTML form, blocks and shortcodes), after
 * shortcodes have run.
 *
 * @param string $content The post's content as it is shown.
 * @return string
 */
function upr_widgets_content_language( $content ) {
	if ( false === strpos( $content, '<upr-' ) ) {
		return $content;
	}
	return upr_widgets_add_lang( $content, upr_widgets_post_language() );
}
add_filter( 'the_content', 'upr_widgets_content_language', 20 );
