<?php
/**
 * The generated allow-list (build/kses.php, from the library's custom-elements.json) for post content, so that
 * Authors and Contributors, who lack unfiltered_html, keep the widgets, their attributes and their fallback
 * content when they save a post.
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets' tags and attributes, and those of their fallback content, added to what kses allows in posts.
 *
 * @param array        $tags    Allowed tags, as kses reads them.
 * @param string|array $context The kses context.
 * @return array
 */
function upr_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	static $allowed = null;
	if ( null === $allowed ) {
		$allowed = require UPR_WIDGETS_DIR . '/build/kses.php';
	}
	foreach ( $allowed as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] : array(), $attributes );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'upr_widgets_allowed_html', 10, 2 );
