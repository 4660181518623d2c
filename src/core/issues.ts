// The issue model, split by concern: the types (issue-types.ts), the core catalogue (messages.ts),
// building one issue (issue-build.ts), zod's issues mapped to the library's (zod-issues.ts) and the
// parse helpers (parse.ts). This module re-exports them, so `core/issues.js` stays one import.

export * from './describe-type.js';
export * from './issue-build.js';
export type {
  BilingualCatalog,
  ContextName,
  Issue,
  MessageMap,
  MessageOptions,
  MessageTemplate,
  SafeParseResult,
} from './issue-types.js';
export * from './messages.js';
export { parseWith, safeParseWith, validationError } from './parse.js';
export type { ParseOptions } from './parse-options.js';
export { issuesFromZod } from './zod-issues.js';
