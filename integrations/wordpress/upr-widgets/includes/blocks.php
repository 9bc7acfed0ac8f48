<?php
/**
 * The block editor: one block per widget (build/blocks/<name>/block.json) and an inline format for <upr-term> in
 * text, all from one editor script (build/editor.js, built with WordPress's dependency extraction from
 * integrations/wordpress/src/editor.js). The widgets' own script runs in the editor too, so that each block's
 * preview is the real widget.
 *
 * A block saves the element with the item's fallback content inside: a post reads the same with the plugin off.
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

const UPR_WIDGETS_EDITOR_SCRIPT = 'upr-widgets-editor';

/** Registers the editor script and the blocks. */
function upr_widgets_register_blocks() {
	$asset = require UPR_WIDGETS_DIR . '/build/editor.asset.php';
	wp_register_script(
		UPR_WIDGETS_EDITOR_SCRIPT,
		plugins_url( 'build/editor.js', UPR_WIDGETS_FILE ),
		array_merge( $asset['dependencies'], array( UPR_WIDGETS_SCRIPT ) ),
		$asset['version'],
		true
	);
	wp_set_script_translations( UPR_WIDGETS_EDITOR_SCRIPT, 'upr-widgets' );
	foreach ( glob( UPR_WIDGETS_DIR . '/build/blocks/*/block.json' ) as $metadata ) {
		register_block_type( dirname( $metadata ) );
	}
}
add_action( 'init', 'upr_widgets_register_blocks', 20 );

/**
 * What the editor script needs from WordPress: the language the editor is shown in (the picker lists items in
 * it) and the post's language (what its widgets speak, and the language of the fallback a block saves).
 */
function upr_widgets_editor_settings() {
	$settings = array(
		'editorLanguage' => upr_widgets_language_tag( get_user_locale() ),
		'postLanguage'   => upr_widgets_post_language(),
	);
	wp_add_inline_script( UPR_WIDGETS_EDITOR_SCRIPT, 'window.uprWidgetsEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
	// the prerendered fallbacks, for a block made without the editor's preview (the shortcodes' too)
	$fallbacks = json_decode( (string) file_get_contents( UPR_WIDGETS_DIR . '/build/fallbacks.json' ), true );
	wp_add_inline_script( UPR_WIDGETS_EDITOR_SCRIPT, 'window.uprWidgetsFallbacks = ' . wp_json_encode( $fallbacks ) . ';', 'before' );
	wp_enqueue_script( UPR_WIDGETS_EDITOR_SCRIPT );
}
add_action( 'enqueue_block_editor_assets', 'upr_widgets_editor_settings' );
