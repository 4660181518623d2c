import {
  array,
  bool,
  calendarDate,
  int,
  object,
  oneOf,
  optional,
  str,
} from '../_internal/zod-like-reader.js';

// `GroupSchema` and `MemberSchema` read without zod, for verifyGroup's own path (issue 11: zod was
// most of its bundle). The same fields and bounds as the schemas (group.ts, member.ts), which stay
// public and are the reference: tests/kpb/group-reader.test.ts proves the reader equal to
// `GroupSchema` on arbitrary input (accept or reject, every issue, the output).

const member = object({
  id: optional(str(0, 200)),
  nik: str(0, 64),
  kk: optional(str(0, 64)),
  name: optional(str(0, 500)),
  birthDate: optional(calendarDate),
  sex: optional(oneOf(['male', 'female'])),
  desa: optional(str(0, 200)),
  role: optional(oneOf(['leader', 'secretary', 'treasurer', 'member'])),
  previouslyFunded: optional(bool),
});

/** `GroupSchema`'s rules, read (group.ts wraps them for `safeParseWith`). */
export const readGroupFields = object({
  id: str(1, 200),
  desa: optional(str(0, 200)),
  members: array(member, 10_000),
  savingsStartDate: optional(calendarDate),
  savingsMonths: optional(int(0, 1200)),
  firstLoanDate: optional(calendarDate),
  jointLiabilityStatement: optional(bool),
});
