<?php
/**
 * The router of php-cli's built-in server for the test site of tests/wordpress/site.mjs (php -S … -t <site> router.php).
 *
 * The site's folder is a symlink farm of Debian's WordPress (/usr/share/wordpress) with its own wp-config.php and
 * wp-content. PHP resolves symlinks in __DIR__, so WordPress's entry points (wp-admin/admin.php, wp-blog-header.php…)
 * reach /usr/share/wordpress/wp-load.php, which would then read Debian's wp-config.php and /etc/wordpress. Defining
 * ABSPATH first, as the site's folder, makes wp-load.php read the site's own wp-config.php instead: nothing under
 * /etc/wordpress is read or written. load-scripts.php and load-styles.php define ABSPATH themselves and read no
 * configuration, so they are left alone.
 *
 * Then it does what Debian's .htaccess does for Apache: a file that exists is served as it is (a PHP file run), and
 * any other path goes to index.php, so that pretty permalinks and /wp-json/ work.
 */

$site = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' ) . '/';
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );

if ( ! in_array( basename( $path ), array( 'load-scripts.php', 'load-styles.php' ), true ) ) {
	define( 'ABSPATH', $site );
}

if ( '/' === $path || file_exists( $site . ltrim( $path, '/' ) ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $site . 'index.php';
chdir( $site );
require $site . 'index.php';
