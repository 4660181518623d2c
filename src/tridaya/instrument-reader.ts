import {
  aborts,
  array,
  bool,
  type Found,
  int,
  strictObject,
  oneOf,
  optional,
  positive,
  report,
  str,
} from '../_internal/zod-like-reader.js';
import { checkInstrument, DAYA_NAMES, LIMITS, MAX_SCALE, MAX_WEIGHT } from './instrument-rules.js';

// The library's own reader of an instrument definition: the rules of the public schema
// (InstrumentDefinitionSchema, instrument.ts), read by hand with the library's one kit of readers
// (_internal/zod-like-reader.ts), so that `defineInstrument` and `scoreResponses` do not carry zod into
// a user's bundle (issue 11: zod is most of that bundle). It reports what the schema reports, issue
// for issue (code, path, params, in zod's order); a fast-check property holds the two equal on
// arbitrary input (tests/tridaya/instrument-reader.test.ts). The cross-field rule runs only when no
// problem found stops zod (only range ones: too_small, too_big within an array's maximum, unknown
// keys).

const daya = oneOf(DAYA_NAMES);

const ITEM = strictObject({
  id: str(1, LIMITS.id),
  daya,
  text: optional(str(0, LIMITS.text)),
  reverse: optional(bool),
  weight: optional(positive(MAX_WEIGHT)),
});

const INSTRUMENT = strictObject({
  id: str(1, LIMITS.id),
  name: optional(str(0, LIMITS.name)),
  scale: strictObject({ min: int(0, MAX_SCALE), max: int(1, MAX_SCALE) }),
  items: array(ITEM, LIMITS.items, 1),
  dayas: optional(array(daya, LIMITS.dayas, 1)),
});

/**
 * Every problem of an instrument definition, as InstrumentDefinitionSchema reports them (the
 * cross-field ones last, and only when no type problem was found). Empty when it is valid.
 */
export function instrumentProblems(definition: unknown): Found[] {
  const out: Found[] = [];
  INSTRUMENT(definition, [], out);
  if (out.some(aborts)) return out;
  checkInstrument(definition as Parameters<typeof checkInstrument>[0], (path, params) => {
    const { code, ...facts } = params;
    report(out, path, code as string, facts);
  });
  return out;
}
