import { build } from 'esbuild';
const [sub, name] = process.argv.slice(2);
const root = process.cwd();
const out = await build({
  stdin: {
    contents: `import { ${name} } from '${root}/dist/${sub ? sub + '/' : ''}index.js'; console.log(${name});`,
    resolveDir: root,
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const inputs = Object.values(out.metafile.outputs)[0].inputs;
for (const [f, { bytesInOutput }] of Object.entries(inputs).sort(
  (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
))
  if (!f.includes('node_modules')) console.log(bytesInOutput, f.replace(root + '/', ''));
