<?php
/**
 * The widgets' script: the library's on-demand loader (assets/loader/upr-widgets.js), from the plugin's own
 * folder, with its integrity hash; once per page, and only on views that show a widget, unless the setting "load
 * on every page" is on. The loader then loads, from the same folder, the code of the widgets the page shows and
 * their data in the language each renders in (assets/loader/*.js, their hashes in assets/integrity.json).
 *
 * Module only, no `nomodule` classic copy: every browser the widgets run in (custom elements, shadow DOM,
 * container queries) runs module scripts, so a classic fallback would only be downloaded by browsers that cannot
 * use it. Readers of such browsers see the fallback content.
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

const UPR_WIDGETS_SCRIPT = 'upr-widgets';

/**
 * Whether content holds a widget: an element, a block or a shortcode of this plugin.
 *
 * @param string $content Post content as saved.
 * @return bool
 */
function upr_widgets_content_has_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== strpos( $content, '<upr-' ) || false !== strpos( $content, '<!-- wp:upr-widgets/' ) ) {
		return true;
	}
	foreach ( upr_widgets_shortcode_tags() as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the current view shows a widget: a post of the main query holds one (the singular post, or the posts
 * of an archive, whose content or excerpt may be shown), or the setting says every page.
 *
 * @return bool
 */
function upr_widgets_view_has_widget() {
	$everywhere = (bool) get_option( 'upr_widgets_load_everywhere', false );
	if ( $everywhere ) {
		return true;
	}
	global $wp_query;
	$posts  = ( $wp_query instanceof WP_Query && is_array( $wp_query->posts ) ) ? $wp_query->posts : array();
	$found = false;
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post && upr_widgets_content_has_widget( $post->post_content ) ) {
			$found = true;
			break;
		}
	}
	/**
	 * Whether this view needs the widgets' script (for widgets outside the main query's posts: a sidebar, a
	 * template part).
	 *
	 * @param bool $found Whether a post of the main query holds a widget.
	 */
	return (bool) apply_filters( 'upr_widgets_view_has_widget', $found );
}

/** The loader's URL and integrity hash. */
function upr_widgets_script() {
	static $script = null;
	if ( null === $script ) {
		$integrity = json_decode( (string) file_get_contents( UPR_WIDGETS_DIR . '/assets/integrity.json' ), true );
		$script    = array(
			'src'       => plugins_url( 'assets/loader/upr-widgets.js', UPR_WIDGETS_FILE ),
			'integrity' => is_array( $integrity ) && isset( $integrity['upr-widgets.js'] ) ? $integrity['upr-widgets.js'] : '',
		);
	}
	return $script;
}

/**
 * Registers the script (a handle, so that WordPress prints it once however many widgets ask for it), and the
 * style sheet that lays out the widgets' fallback content like the widgets until the script has run.
 */
function upr_widgets_register_script() {
	$script = upr_widgets_script();
	wp_register_script( UPR_WIDGETS_SCRIPT, $script['src'], array(), UPR_WIDGETS_VERSION, false );
	wp_register_style( UPR_WIDGETS_SCRIPT, plugins_url( 'assets/upr-fallback.css', UPR_WIDGETS_FILE ), array(), UPR_WIDGETS_VERSION );
}
add_action( 'init', 'upr_widgets_register_script' );

/** Enqueues the script and the fallbacks' style sheet on a view that shows a widget. */
function upr_widgets_enqueue() {
	if ( upr_widgets_view_has_widget() ) {
		wp_enqueue_script( UPR_WIDGETS_SCRIPT );
		wp_enqueue_style( UPR_WIDGETS_SCRIPT );
	}
}
add_action( 'wp_enqueue_scripts', 'upr_widgets_enqueue' );

/**
 * The script's tag as a module, with its integrity hash (crossorigin, which integrity needs for a script from
 * another origin, such as a CDN in front of wp-content).
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 * @return string
 */
function upr_widgets_script_tag( $tag, $handle, $src ) {
	if ( UPR_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	$script = upr_widgets_script();
	$attributes = array(
		'type'        => 'module',
		'src'         => $src,
		'id'          => 'upr-widgets-js',
		'crossorigin' => 'anonymous',
	);
	if ( '' !== $script['integrity'] ) {
		$attributes['integrity'] = $script['integrity'];
	}
	$written = '';
	foreach ( $attributes as $name => $value ) {
		$written .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return '<script' . $written . "></script>\n";
}
add_filter( 'script_loader_tag', 'upr_widgets_script_tag', 10, 3 );
