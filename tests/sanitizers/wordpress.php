<?php
/**
 * WordPress's own kses, wpautop and wptexturize, loaded from an installed WordPress (Debian's `wordpress` package:
 * /usr/share/wordpress, or the folder in $argv[1]) without a database, for tests/sanitizers/wordpress.test.mjs.
 *
 * Reads a JSON request on standard input: { "bodies": { name: html }, "plugin": path to the shipped
 * wordpress-plugin.php or null }, and writes, for each body, what WordPress makes of it:
 *   saved    what a post holds once saved by a user without unfiltered_html: kses_init() and the
 *            content_save_pre filters, as wp_insert_post() applies them through sanitize_post()
 *   rendered what the_content shows of that saved post in the classic editor: wptexturize, wpautop,
 *            shortcode_unautop, do_shortcode and capital_P_dangit, at the priorities default-filters.php gives them
 *   autop    wpautop() alone on the body as written (for a user with unfiltered_html: nothing is stripped)
 *   texturized  wptexturize() alone on the body as written (what the_content's typography makes of the text)
 *
 * WordPress's files are loaded as they are: version.php, plugin.php (hooks), functions.php (with option.php),
 * pomo/translations.php, l10n.php, kses.php, formatting.php and shortcodes.php. One function is stubbed (STUB
 * below), because it needs a logged-in user from the database:
 *   current_user_can()    capabilities.php needs WP_User: here a user without unfiltered_html (an Author, a
 *                         Contributor, anyone on multisite)
 * The options and the locale, which WordPress would read from the database, are given through WordPress's own
 * short-circuits instead: the pre_option filter ('blog_charset' UTF-8, smilies off, any other option its default)
 * and $GLOBALS['locale'] with the pre_determine_locale filter (en_US).
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

$wordpress = rtrim( $argv[1] ?? '/usr/share/wordpress', '/' ) . '/';
define( 'ABSPATH', $wordpress );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_DEBUG', true );

// STUB: current_user_can(), a user without unfiltered_html (an Author, a Contributor, anyone on multisite).
function current_user_can( $capability, ...$args ) {
	return 'unfiltered_html' !== $capability;
}

require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/shortcodes.php';

// The options table, through WordPress's own short-circuit: 'blog_charset' is UTF-8, smilies are off, and any
// other option has its default ('' when it has none: false would send get_option() to the database).
$options = array(
	'blog_charset' => 'UTF-8',
	'use_smilies'  => '0',
);
add_filter(
	'pre_option',
	function ( $pre, $option, $default_value ) use ( $options ) {
		return $options[ $option ] ?? ( false === $default_value ? '' : $default_value );
	},
	10,
	3
);
// The locale, as wp-settings.php would have set it.
$GLOBALS['locale'] = 'en_US';
add_filter( 'pre_determine_locale', fn() => 'en_US' );

$request = json_decode( stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );

if ( ! empty( $request['plugin'] ) ) {
	require $request['plugin'];
}

// Saving: what wp_insert_post() does to post_content for this user (sanitize_post_field, 'db' context).
kses_init();

// Showing: the_content's filters that change markup, as wp-includes/default-filters.php adds them.
// do_blocks (9) only acts on block markup; convert_smilies (20) is off (use_smilies); prepend_attachment,
// wp_filter_content_tags and wp_replace_insecure_home_url only touch attachments, <img> and <iframe>, and home URLs.
add_filter( 'the_content', 'wptexturize' );
add_filter( 'the_content', 'wpautop' );
add_filter( 'the_content', 'shortcode_unautop' );
add_filter( 'the_content', 'capital_P_dangit', 11 );
add_filter( 'the_content', 'do_shortcode', 11 );

$out = array();
foreach ( $request['bodies'] as $name => $body ) {
	$saved        = wp_unslash( apply_filters( 'content_save_pre', wp_slash( $body ) ) );
	$out[ $name ] = array(
		'saved'    => $saved,
		'rendered' => apply_filters( 'the_content', $saved ),
		'autop'    => wpautop( $body ),
		'texturized' => wptexturize( $body ),
	);
}

$out['$wordpress'] = $GLOBALS['wp_version'] ?? null;
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR );
