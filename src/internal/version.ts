// Generated from package.json by scripts/build.mjs; do not edit by hand.
export const VERSION = '0.1.0';
