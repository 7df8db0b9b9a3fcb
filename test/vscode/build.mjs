// Bundles the VS Code test suite into dist/test/vscode/: index.js (the extensionTestsPath
// module, with mocha inside because mocha 12 is ESM-only and the extension host requires CJS)
// and one file per *.test.ts, which index.js hands to mocha.
import { readdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const suite = new URL('./suite/', import.meta.url);
const testFiles = readdirSync(suite).filter((name) => name.endsWith('.test.ts')).map((name) => `test/vscode/suite/${name}`);

await esbuild.build({
  entryPoints: ['test/vscode/suite/index.ts', ...testFiles],
  outdir: 'dist/test/vscode',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
  // Mocha's parallel mode (never used here) resolves worker files at run time.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
