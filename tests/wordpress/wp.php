<?php
/**
 * WordPress's own PHP API from the command line, for the test site of tests/wordpress/site.mjs (no wp-cli: Debian 12
 * has none). Usage: php wp.php <site folder> <command> < request.json; writes a JSON answer on standard output.
 *
 *   install         wp_install(), as wp-admin/install.php runs it: the site, its Administrator, then an Author
 *                   (wp_insert_user, role author: no unfiltered_html) and an application password for each
 *                   (WP_Application_Passwords, as the profile screen creates them); the editor's welcome guide
 *                   closed and avatars off (both would load pictures from other sites)
 *   install-plugin  a plugin from a zip, as the Administrator: Plugin_Upgrader::install(), as
 *                   wp-admin/update.php?action=upload-plugin installs an uploaded one, with the skin of
 *                   wp_ajax_install_plugin() (WP_Ajax_Upgrader_Skin, which keeps its messages rather than printing)
 *   options         update_option() for each { name: value } given (WPLANG: the site language, as
 *                   Settings > General saves it)
 *   user-locale     update_user_meta( locale ), as a user's profile saves their language
 *
 * Nothing here is stubbed: WordPress loads through its own wp-load.php with the site's wp-config.php (ABSPATH is
 * defined first, as router.php explains).
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

$site    = rtrim( $argv[1], '/' ) . '/';
$command = $argv[2];
$request = json_decode( stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR ) ?? array();

define( 'ABSPATH', $site );
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
// What a request to the site would carry (wp-config.php gives the address; some code reads these).
$home                   = parse_url( $request['url'] );
$_SERVER['HTTP_HOST']   = $home['host'] . ':' . $home['port'];
$_SERVER['SERVER_NAME'] = $home['host'];
$_SERVER['REQUEST_URI'] = '/';

require ABSPATH . 'wp-load.php';

/** Writes the answer and ends. */
function answer( $value ) {
	echo json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR );
	exit( 0 );
}

/** Writes an error on standard error and ends with status 1. */
function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

/** An application password for a user: [ login, password ], as Users > Profile > Application Passwords makes one. */
function application_password( $user_id ) {
	$created = WP_Application_Passwords::create_new_application_password( $user_id, array( 'name' => 'upr-widgets tests' ) );
	if ( is_wp_error( $created ) ) {
		fail( 'application password: ' . $created->get_error_message() );
	}
	return $created[0];
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$admin     = $request['admin'];
		$installed = wp_install( $request['title'], $admin['login'], $admin['email'], false, '', wp_slash( $admin['password'] ), $request['locale'] ?? '' );
		if ( is_wp_error( $installed ) ) {
			fail( 'wp_install: ' . $installed->get_error_message() );
		}
		$users = array( 'admin' => array( 'id' => (int) $installed['user_id'] ) );
		foreach ( $request['users'] as $key => $user ) {
			$id = wp_insert_user(
				array(
					'user_login'   => $user['login'],
					'user_pass'    => $user['password'],
					'user_email'   => $user['email'],
					'display_name' => $user['name'],
					'role'         => $user['role'],
				)
			);
			if ( is_wp_error( $id ) ) {
				fail( "wp_insert_user {$user['login']}: " . $id->get_error_message() );
			}
			$users[ $key ] = array( 'id' => $id );
		}
		if ( ! wp_is_application_passwords_available() ) {
			fail( 'application passwords are not available (WP_ENVIRONMENT_TYPE local is needed over http)' );
		}
		foreach ( $users as $key => $user ) {
			$users[ $key ]['appPassword']     = application_password( $user['id'] );
			$users[ $key ]['unfiltered_html'] = user_can( $user['id'], 'unfiltered_html' );
			// The block editor's welcome guide closed, as the editor saves it when a user closes it (its pictures
			// come from s.w.org, and it covers the editor).
			update_user_meta(
				$user['id'],
				$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
				array(
					'core/edit-post' => array( 'welcomeGuide' => false ),
					'_modified'      => gmdate( 'c' ),
				)
			);
		}
		// Settings > Discussion > Show Avatars off: the admin bar and the editor would load Gravatar's pictures, and
		// nothing of the site may leave the machine.
		update_option( 'show_avatars', 0 );
		answer(
			array(
				'users'     => $users,
				'version'   => $GLOBALS['wp_version'],
				'locale'    => get_locale(),
				'permalink' => get_option( 'permalink_structure' ),
				'theme'     => get_stylesheet(),
			)
		);
		break;

	case 'install-plugin':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( $request['admin'] );
		// The skin of wp_ajax_install_plugin(): it keeps its messages. Plugin_Installer_Skin (the upload screen's)
		// prints them, and show_message() flushes every output buffer, so its HTML would end up in the answer.
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $request['zip'] );
		$messages = array_map( 'wp_strip_all_tags', $skin->get_upgrade_messages() );
		if ( true !== $result ) {
			$why = is_wp_error( $result ) ? $result->get_error_message() : ( $skin->get_errors()->has_errors() ? $skin->get_error_messages() : 'no plugin installed' );
			fail( "Plugin_Upgrader::install: {$why}\n" . implode( "\n", $messages ) );
		}
		answer(
			array(
				'plugin'   => $upgrader->plugin_info(),
				'messages' => $messages,
			)
		);
		break;

	case 'options':
		foreach ( $request['options'] as $name => $value ) {
			update_option( $name, $value );
		}
		// get_locale() keeps the locale it read when WordPress loaded; the answer says the new one
		unset( $GLOBALS['locale'] );
		answer( array( 'locale' => get_locale() ) + array_map( 'get_option', array_combine( array_keys( $request['options'] ), array_keys( $request['options'] ) ) ) );
		break;

	case 'user-locale':
		update_user_meta( $request['user'], 'locale', $request['locale'] );
		answer( array( 'locale' => get_user_locale( $request['user'] ) ) );
		break;

	default:
		fail( "unknown command {$command}" );
}
