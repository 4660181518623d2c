/**
 * The architecture rules of sejahtera, checked by dependency-cruiser (`npm run lint:deps`, part of
 * `npm run lint` and so of CI).
 *
 * - No import cycle anywhere in src.
 * - Inside revolving-fund, each pipeline stage (schedule, payments, arrears, kolektibilitas,
 *   portfolio, group, events, terms) uses another stage only through that stage's index.ts (its
 *   public face) or internal.ts (its face for sibling stages, not exported from the package).
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
      name: 'revolving-fund-stages-through-faces',
      severity: 'error',
      comment:
        "A revolving-fund stage reaches into another stage's files. Import the other stage through its index.ts (its public face) or its internal.ts (what the sibling stages may use, never exported from the package), or move the shared part to src/_internal.",
      from: {
        path: '^src/revolving-fund/([^/]+)/',
        // Not yet enforced for books/ (being reworked on another branch): it still reaches into
        // portfolio, arrears and kolektibilitas files.
        pathNot: '^src/revolving-fund/books/',
      },
      to: {
        path: '^src/revolving-fund/[^/]+/',
        pathNot: [
          '^src/revolving-fund/$1/',
          '^src/revolving-fund/[^/]+/(index|internal)\\.ts$',
          // makeRatio is moving to src/_internal on another branch.
          '^src/revolving-fund/portfolio/ratio\\.ts$',
        ],
      },
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
