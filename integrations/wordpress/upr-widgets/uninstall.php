<?php
/**
 * Deleting the plugin removes its one setting. Posts keep their widgets' markup and fallback content.
 *
 * @package upr-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'upr_widgets_load_everywhere' );
