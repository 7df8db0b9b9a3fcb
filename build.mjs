// Bundles the extension client, the language server and the CLI into dist/ so that
// activation and `npx postmortem-lint` load self-contained files, not node_modules trees.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
  // Some dependencies are ESM and read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
};
const importMetaUrl = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";
const executable = `#!/usr/bin/env node\n${importMetaUrl}`;

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], banner: { js: importMetaUrl } }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: executable } }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: executable } }),
]);
