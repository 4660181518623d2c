import {
  array,
  bool,
  object,
  oneOf,
  optional,
  readWith,
  str,
} from '../_internal/zod-like-reader.js';
import {
  type BilingualCatalog,
  coreMessages,
  type MessageOptions,
  type SafeParseResult,
} from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent } from './components.js';

// `PkhFamilySchema` read without zod, for pkhBenefit's own path (issue 11: a pkhBenefit bundle then
// carries no zod), written with the library's one kit of readers (_internal/zod-like-reader.ts). The
// same rules and the same issues, in the same order, as the library's mapping of the schema's zod
// issues: tests/pkh/family-reader.test.ts proves it on arbitrary input (accept or reject, the value,
// every issue's code, path and params).

/** A family as `PkhFamilySchema` outputs it. */
export interface ReadFamily {
  id?: string;
  akses?: boolean;
  persons: { id?: string; component: PkhComponent }[];
}

const id = optional(str(0, 200));
const FAMILY = object({
  id,
  akses: optional(bool),
  persons: array(object({ id, component: oneOf(PKH_COMPONENTS) }), 100),
});

/**
 * Reads a family. A value that throws while read (a getter, a Proxy trap) is one `unreadable_input`
 * issue, as the core's `safeParseWith` reports it (pkhBenefit throws it for the whole family; the
 * batch's `checkBatch` makes it that row's `unreadable_row`).
 */
export function readPkhFamily(
  value: unknown,
  msg: MessageOptions,
  catalog: BilingualCatalog,
): SafeParseResult<ReadFamily> {
  return readWith(FAMILY, value, msg, catalog, coreMessages);
}
