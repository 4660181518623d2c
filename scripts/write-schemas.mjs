// After tsup: writes dist/schemas/<Name>.json for every exported zod schema (see json-schemas.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { collectJsonSchemas } from './json-schemas.mjs';

const mod = await import('../dist/index.js');
const schemas = collectJsonSchemas(mod);
mkdirSync('dist/schemas', { recursive: true });
for (const [name, json] of schemas) {
  writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
}
writeFileSync('dist/schemas/index.json', `${JSON.stringify([...schemas.keys()], null, 2)}\n`);
console.log(`wrote ${schemas.size} JSON Schemas to dist/schemas/`);
