// @custom-elements-manifest/analyzer: reads the JSDoc of every widget class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
