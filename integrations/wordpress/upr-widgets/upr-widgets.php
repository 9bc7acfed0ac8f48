<?php
/**
 * Plugin Name:       upr-widgets
 * Description:       Quotes, figures, a timeline, a chart, glossary terms and sources about the UN Universal Periodic Review and Viet Nam, in Vietnamese and English: blocks for the block editor and shortcodes for the classic editor. The script and the dataset come from the plugin itself; it makes no external request.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       upr-widgets
 *
 * @package upr-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'UPR_WIDGETS_VERSION', '0.1.0' );
define( 'UPR_WIDGETS_FILE', __FILE__ );
define( 'UPR_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/language.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/loading.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings.php';
