// @custom-elements-manifest/analyzer: reads the JSDoc of every widget class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.test.ts', 'src/**/spec.ts', 'src/internal/data.types.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // Files are read in whatever order the file system gives; sort so the committed manifest only changes
      // when the documentation does.
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
