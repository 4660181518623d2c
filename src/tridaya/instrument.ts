import { deepFreeze } from '../_internal/freeze.js';
import * as z from 'zod';
import * as zm from 'zod/mini';
import type { Label, SafeParseResult } from '../core/index.js';
import { SejahteraError } from '../core/errors.js';
import { invalid, type TridayaIssueCode, tridayaIssue } from './issues.js';
import { INSTRUMENT } from './contexts.js';
import { checkInstrument, DAYA_NAMES, LIMITS, MAX_SCALE, MAX_WEIGHT } from './instrument-rules.js';
import { instrumentProblems } from './instrument-reader.js';

/**
 * The three dayas (powers) of P2KP's Tridaya: daya sosial (an effective society), daya ekonomi (a
 * productive society) and daya lingkungan or pembangunan (sustainable settlements, the physical
 * works). Source: Konsep P2KP (PNPM Mandiri Perkotaan) and Purnomo & Utami (docs/sources.md).
 *
 * @category Tridaya
 * @example
 * DAYAS
 * //=> ['sosial', 'ekonomi', 'lingkungan']
 */
export const DAYAS = DAYA_NAMES;
deepFreeze(DAYAS);

/**
 * One of the three dayas.
 *
 * @category Tridaya
 */
export type Daya = (typeof DAYAS)[number];

/**
 * Indonesian and English names of the dayas, for dashboards.
 *
 * @category Tridaya
 * @example
 * DAYA_LABELS.ekonomi.id
 * //=> 'Daya ekonomi'
 */
export const DAYA_LABELS = {
  sosial: { id: 'Daya sosial', en: 'Social empowerment' },
  ekonomi: { id: 'Daya ekonomi', en: 'Economic empowerment' },
  lingkungan: { id: 'Daya lingkungan (pembangunan)', en: 'Environmental (physical) empowerment' },
} as const satisfies Record<Daya, Label>;
deepFreeze(DAYA_LABELS);

// The rule is written once: the limits and the cross-field check in instrument-rules.ts, the fields
// below in zod/mini (composable in classic zod), the public schema a classic zod object over them (so
// users keep `.extend`, `.optional()`). The library reads definitions with instrument-reader.ts, which
// reports what this schema reports (a fast-check property proves it) without zod in the bundle.
const ItemDefinitionSchema = zm.strictObject({
  id: zm.string().check(zm.minLength(1), zm.maxLength(LIMITS.id)),
  daya: zm.enum(DAYAS),
  text: zm.optional(zm.string().check(zm.maxLength(LIMITS.text))),
  reverse: zm.optional(zm.boolean()),
  weight: zm.optional(zm.number().check(zm.positive(), zm.lte(MAX_WEIGHT))),
});

const instrumentShape = {
  id: zm.string().check(zm.minLength(1), zm.maxLength(LIMITS.id)),
  name: zm.optional(zm.string().check(zm.maxLength(LIMITS.name))),
  scale: zm.strictObject({
    min: zm.int().check(zm.gte(0), zm.lte(MAX_SCALE)),
    max: zm.int().check(zm.gte(1), zm.lte(MAX_SCALE)),
  }),
  items: zm.array(ItemDefinitionSchema).check(zm.minLength(1), zm.maxLength(LIMITS.items)),
  dayas: zm.optional(zm.array(zm.enum(DAYAS)).check(zm.minLength(1), zm.maxLength(LIMITS.dayas))),
};

/**
 * Schema of an instrument definition (the input of {@link defineInstrument}): an id, an integer Likert
 * scale `{ min, max }` with 0 <= min < max, and at least one item, each measuring one daya. `dayas`
 * optionally declares which dayas the instrument measures; each declared daya must have an item.
 *
 * @category Tridaya
 * @example
 * InstrumentDefinitionSchema.safeParse({ id: 'x', scale: { min: 1, max: 5 }, items: [{ id: 'a', daya: 'sosial' }] }).success
 * //=> true
 */
export const InstrumentDefinitionSchema = z
  .strictObject(instrumentShape)
  .superRefine((value, ctx) =>
    checkInstrument(value, (path, params) => ctx.addIssue({ code: 'custom', path, params })),
  );

/**
 * What {@link defineInstrument} accepts.
 *
 * @category Tridaya
 */
export type InstrumentDefinition = z.input<typeof InstrumentDefinitionSchema>;

/** What {@link InstrumentDefinitionSchema} outputs: the fields and their types, written once there. */
type DefinitionOutput = z.output<typeof InstrumentDefinitionSchema>;
type ItemOutput = DefinitionOutput['items'][number];

/**
 * A schema output's fields, read-only and without `| undefined` on the optional ones: a defined
 * instrument leaves an absent field absent, never `undefined`.
 */
type Defined<T> = { readonly [K in keyof T]: Exclude<T[K], undefined> };

/**
 * One item of a defined instrument, with its defaults filled in: the fields of an item of
 * {@link InstrumentDefinitionSchema} (`id`, `daya`, `text` when given), with `reverse` and `weight`
 * always present.
 *
 * @category Tridaya
 */
export interface InstrumentItem extends Defined<Omit<ItemOutput, 'reverse' | 'weight'>> {
  /** True when a high answer means a low score (the answer is flipped to min + max - answer). Default `false`. */
  readonly reverse: Exclude<ItemOutput['reverse'], undefined>;
  /** The item's weight in its daya's actual and ideal score. Default 1. */
  readonly weight: Exclude<ItemOutput['weight'], undefined>;
}

/**
 * A validated, frozen instrument, as returned by {@link defineInstrument}: the fields of
 * {@link InstrumentDefinitionSchema} (`id`, `name` when given, the integer answer `scale`), with its
 * items' defaults filled in and the dayas it measures always listed.
 *
 * @category Tridaya
 */
export interface Instrument extends Defined<Pick<DefinitionOutput, 'id' | 'name'>> {
  /** The integer answer scale. */
  readonly scale: Readonly<z.output<typeof InstrumentDefinitionSchema>['scale']>;
  /** The items, in the order answer arrays follow. */
  readonly items: readonly InstrumentItem[];
  /** The dayas measured (declared, or those with items), in the order sosial, ekonomi, lingkungan. */
  readonly dayas: readonly Exclude<DefinitionOutput['dayas'], undefined>[number][];
}

/**
 * Marks an instrument {@link defineInstrument} made (a non-enumerable own property of the frozen
 * instrument, not module state): the scoring functions use such an instrument as it is and validate
 * anything else.
 */
const DEFINED = Symbol('sejahtera.tridaya.instrument');

/**
 * Validates an instrument definition without throwing.
 *
 * @category Tridaya
 * @example
 * safeDefineInstrument({ id: 'x', scale: { min: 1, max: 5 }, items: [] }).success
 * //=> false (too_small at items)
 */
export function safeDefineInstrument(definition: unknown): SafeParseResult<Instrument> {
  let problems: ReturnType<typeof instrumentProblems>;
  try {
    problems = instrumentProblems(definition);
  } catch (error) {
    if (error instanceof SejahteraError) throw error;
    // Reading the definition threw (a getter or Proxy trap): the input is unreadable.
    return { success: false, issues: [tridayaIssue('unreadable_input', [])] };
  }
  if (problems.length > 0) {
    const issues = problems.map((p) => tridayaIssue(p.code as TridayaIssueCode, p.path, p.params));
    return { success: false, issues };
  }
  const d = definition as z.output<typeof InstrumentDefinitionSchema>;
  const items: InstrumentItem[] = d.items.map((item) =>
    Object.freeze({
      id: item.id,
      daya: item.daya,
      ...(item.text === undefined ? {} : { text: item.text }),
      reverse: item.reverse ?? false,
      weight: item.weight ?? 1,
    }),
  );
  const used = new Set<Daya>(d.dayas ?? items.map((item) => item.daya));
  const instrument: Instrument = {
    id: d.id,
    ...(d.name === undefined ? {} : { name: d.name }),
    scale: Object.freeze({ min: d.scale.min, max: d.scale.max }),
    items: Object.freeze(items),
    dayas: Object.freeze(DAYAS.filter((daya) => used.has(daya))),
  };
  Object.defineProperty(instrument, DEFINED, { value: true });
  return { success: true, data: Object.freeze(instrument) };
}

/**
 * Defines a Tridaya questionnaire instrument: validates it and returns a frozen copy with defaults
 * filled in (`reverse: false`, `weight: 1`). Rules checked: item ids unique; every declared daya has
 * at least one item and no item uses an undeclared one; the scale is whole numbers with
 * 0 <= min < max <= 1,000,000; weights are positive (<= 1,000,000). Every problem is reported, not
 * only the first.
 *
 * Scores are percentages of the ideal score (actual / ideal x 100), the Likert scoring used by
 * empowerment studies such as Purnomo & Utami ("cukup efektif, 63%"; docs/sources.md#purnomo-and-utami-bandar-lampung).
 *
 * @category Tridaya
 * @throws {@link ValidationError} when the definition is invalid (codes such as `duplicate_item_id`,
 * `invalid_scale`, `daya_without_items`, `daya_not_declared`, and core codes like `too_small`).
 * @example
 * const instrument = defineInstrument({
 *   id: 'p2kp-2017',
 *   scale: { min: 1, max: 5 },
 *   items: [
 *     { id: 's1', daya: 'sosial' },
 *     { id: 'e1', daya: 'ekonomi', reverse: true },
 *   ],
 * });
 * instrument.dayas
 * //=> ['sosial', 'ekonomi']
 */
export function defineInstrument(definition: InstrumentDefinition): Instrument {
  const result = safeDefineInstrument(definition);
  if (result.success) return result.data;
  return invalid(result.issues, INSTRUMENT);
}

/** The instrument itself when it came from defineInstrument, else a validated copy (or a throw). */
export function ensureInstrument(instrument: unknown): Instrument {
  if (
    instrument !== null &&
    typeof instrument === 'object' &&
    Object.isFrozen(instrument) &&
    Object.getOwnPropertyDescriptor(instrument, DEFINED)?.value === true
  ) {
    return instrument as Instrument;
  }
  return defineInstrument(instrument as InstrumentDefinition);
}
