import type { ContextName } from '../core/index.js';

// The error contexts of verifyGroup's path, named in English and Indonesian where they are raised
// (issue 11: a bundle that names its contexts does not carry the library's table of every context's
// Indonesian name, _internal/context-id.ts). The names are the ones that table gives.

export const GROUP: ContextName = { en: 'group', id: 'kelompok' };
export const VERIFICATION_OPTIONS: ContextName = {
  en: 'verification options',
  id: 'opsi verifikasi',
};
/** For kpb/registry.ts (its errors name `'registry'` as a string today, which brings the table). */
export const REGISTRY: ContextName = { en: 'registry', id: 'data terpadu' };
