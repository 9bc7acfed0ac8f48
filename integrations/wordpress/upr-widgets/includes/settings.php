<?php
/**
 * One setting, on Settings > Reading: load the widgets' script on every page, for widgets this plugin cannot see
 * in the posts of a view (a theme's template, a sidebar, content from another plugin).
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The setting (on init, so that the REST API has it too). */
function upr_widgets_register_setting() {
	register_setting(
		'reading',
		'upr_widgets_load_everywhere',
		array(
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
			'show_in_rest'      => true,
		)
	);
}
add_action( 'init', 'upr_widgets_register_setting' );

/** Its field on Settings > Reading. */
function upr_widgets_settings_field() {
	add_settings_field(
		'upr_widgets_load_everywhere',
		__( 'UPR widgets', 'upr-widgets' ),
		'upr_widgets_setting_field',
		'reading'
	);
}
add_action( 'admin_init', 'upr_widgets_settings_field' );

/** The setting's checkbox. */
function upr_widgets_setting_field() {
	printf(
		'<label><input type="checkbox" name="upr_widgets_load_everywhere" value="1" %s> %s</label><p class="description">%s</p>',
		checked( (bool) get_option( 'upr_widgets_load_everywhere', false ), true, false ),
		esc_html__( 'Load the widgets’ script on every page', 'upr-widgets' ),
		esc_html__( 'By default it loads only where a post shows a widget. Turn this on for widgets placed outside posts, such as in a theme template.', 'upr-widgets' )
	);
}
