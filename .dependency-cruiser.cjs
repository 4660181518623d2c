/**
 * The architecture rules of sejahtera, checked by dependency-cruiser (`npm run lint:deps`, part of
 * `npm run lint` and so of CI).
 *
 * - No import cycle anywhere in src.
 * - The domains (poverty, revolving-fund, kpb, tridaya, pkh) sit side by side over the core: no
 *   domain imports another, and neither the core nor _internal imports a domain.
 */
const DOMAINS = '(poverty|revolving-fund|kpb|tridaya|pkh)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: modules that need each other to load. Move the shared part down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-cross-domain',
      severity: 'error',
      comment:
        'A domain imports another domain. Move what they share into src/core or src/_internal.',
      from: { path: `^src/${DOMAINS}/` },
      to: { path: `^src/${DOMAINS}/`, pathNot: ['^src/$1/'] },
    },
    {
      name: 'core-imports-no-domain',
      severity: 'error',
      comment: 'The core (and _internal) is shared by every domain and must not depend on one.',
      from: { path: '^src/(core|_internal)/' },
      to: { path: `^src/${DOMAINS}/` },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
