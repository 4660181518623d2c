import * as zm from 'zod/mini';
import { text } from '../_internal/mini-fields.js';
import {
  type CalendarDate,
  type DatedTable,
  type Label,
  type MessageOptions,
  type Rupiah,
  splitRupiah,
} from '../core/index.js';
import {
  PKH_COMPONENT_INFO,
  PKH_COMPONENTS,
  type PkhComponent,
  type SourcedFigure,
} from './components.js';
import { checkIndeks, type PkhIndeks, pkhIndeksAt } from './indeks.js';
import { benefitMessages, expects, pkhKit, type PkhReason, readMessageOptions } from './issues.js';
import { requireObject } from './issues.js';
import { unreadableInput } from '../_internal/guard.js';
import { invalidIn } from '../core/parse.js';
import { readPkhFamily } from './family-reader.js';

/** The context of a family's validation error, in both languages. */
const PKH_FAMILY = { en: 'PKH family', id: 'keluarga PKH' } as const;
import { deepFreeze } from '../_internal/freeze.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';

const kit = pkhKit(benefitMessages);

/**
 * One person of a PKH family and the component they would count as. A zod/mini schema (tree-shakable):
 * it composes in your own classic `z.object({ person: PkhPersonSchema })` or zod/mini objects; to add
 * fields, `z.object({ ...PkhPersonSchema.shape, umur: z.int() })`.
 *
 * @category PKH
 */
export const PkhPersonSchema = zm.object({
  /** Your identifier (never a NIK in clear: it may appear in reports). */
  id: zm.optional(text(0, 200)),
  component: zm.enum(PKH_COMPONENTS),
});

/**
 * A PKH family (keluarga penerima manfaat, KPM): its persons with their components, and whether it
 * is a PKH AKSES family (remote areas; a different fixed amount in the years that had one). A zod/mini
 * schema, composable in classic zod objects like {@link PkhPersonSchema}.
 *
 * @category PKH
 */
export const PkhFamilySchema = zm.object({
  id: zm.optional(text(0, 200)),
  akses: zm.optional(zm.boolean()),
  persons: zm.array(PkhPersonSchema).check(zm.maxLength(100)),
});

/**
 * A PKH person, as parsed.
 *
 * @category PKH
 */
export type PkhPerson = zm.output<typeof PkhPersonSchema>;

/**
 * A PKH family, as parsed.
 *
 * @category PKH
 */
export type PkhFamily = zm.output<typeof PkhFamilySchema>;

/**
 * Which persons count first when a family has more than the cap:
 * - `'highest-amount-first'` (default): the largest yearly amounts first, equal amounts in input
 *   order. The sources found state the cap (4 persons) but not the order; this is the library's
 *   choice (*unconfirmed*), the one that gives the family the most.
 * - `'input-order'`: the first persons of the input, whatever their amounts.
 *
 * @category PKH
 */
export type PkhCapOrder = 'highest-amount-first' | 'input-order';

/**
 * The cap order rule as a sourced figure (the library's choice: *unconfirmed*).
 *
 * @category PKH
 */
export const PKH_CAP_ORDER: SourcedFigure<PkhCapOrder> = {
  value: 'highest-amount-first',
  source:
    'sejahtera: no source says which persons count first over the cap; the largest amounts first (ties in input order) gives the family the most',
  confirmed: false,
};

/**
 * Options of {@link pkhBenefit}.
 *
 * @category PKH
 */
export interface PkhBenefitOptions extends MessageOptions {
  /** The benefit year (its indeks bantuan is used). */
  year: number;
  /** Your own indeks table (default {@link PKH_INDEKS}). */
  table?: DatedTable<PkhIndeks> | undefined;
  /** Which persons count first over the cap (default `'highest-amount-first'`). */
  capOrder?: PkhCapOrder | undefined;
  /** Apply the per-component limits of the indeks before the cap (default `true`). */
  componentLimits?: boolean | undefined;
}

/**
 * A person counted for the benefit.
 *
 * @category PKH
 */
export interface PkhCountedPerson {
  /** Position in `family.persons`. */
  readonly index: number;
  /** The person's id, when given. */
  readonly id?: string | undefined;
  /** The component. */
  readonly component: PkhComponent;
  /** The component's names. */
  readonly label: Label;
  /** Yearly amount for this person. */
  readonly amount: Rupiah;
  /** Whether a public source confirms the amount. */
  readonly confirmed: boolean;
}

/**
 * A person left out, with the reason.
 *
 * @category PKH
 */
export interface PkhExcludedPerson extends Omit<PkhCountedPerson, 'confirmed'> {
  /** Why the person does not count (`component_limit_reached` or `family_cap_reached`). */
  readonly reason: PkhReason;
}

/**
 * The amount of one payment stage (tahap).
 *
 * @category PKH
 */
export interface PkhStageAmount {
  /** Stage number, from 1. */
  readonly stage: number;
  /** Everything paid in the stage. */
  readonly amount: Rupiah;
  /** Of which component benefits (the yearly component total split evenly, exact to the rupiah). */
  readonly components: Rupiah;
  /** Of which the fixed family amount. */
  readonly fixed: Rupiah;
}

/**
 * The fixed family amount paid in the year.
 *
 * @category PKH
 */
export interface PkhFixedPaid {
  /** Regular or PKH AKSES. */
  readonly kind: 'reguler' | 'akses';
  /** Amount per year. */
  readonly amount: Rupiah;
  /** The stage it is paid in. */
  readonly stage: number;
  /** Where the amount comes from. */
  readonly source: string;
  /** Whether a public source confirms it. */
  readonly confirmed: boolean;
}

/**
 * What {@link pkhBenefit} returns.
 *
 * @category PKH
 */
export interface PkhBenefit {
  /** The benefit year. */
  readonly year: number;
  /** The indeks entry used: the date it starts and its source. */
  readonly indeks: { readonly from: CalendarDate; readonly source: string };
  /** Persons counted, in input order. */
  readonly counted: readonly PkhCountedPerson[];
  /** Persons left out, in input order, each with its reason. */
  readonly excluded: readonly PkhExcludedPerson[];
  /** Sum of the counted persons' yearly amounts. */
  readonly componentTotal: Rupiah;
  /** The fixed family amount, or `null` in the years without one. */
  readonly fixed: PkhFixedPaid | null;
  /** Everything for the year: `componentTotal + fixed.amount`. */
  readonly total: Rupiah;
  /** The amount of each payment stage (tahap 1 first); they add up exactly to `total`. */
  readonly stages: readonly Rupiah[];
  /** The same stages with the component and fixed parts of each. */
  readonly stageBreakdown: readonly PkhStageAmount[];
  /** The cap used and the order persons were counted in. */
  readonly cap: { readonly maxPersons: number; readonly order: PkhCapOrder };
  /** Paths of the figures this result used that no public source confirms (`'maxPersons'`, ...). */
  readonly unconfirmed: readonly string[];
}

/** Reads the options that are not messages, with a ConfigurationError naming a bad one. */
function readOptions(options: unknown): {
  year: number;
  table: DatedTable<PkhIndeks> | undefined;
  capOrder: PkhCapOrder;
  limits: boolean;
} {
  requireObject(options, 'options', 'an object with year', 'objek berisi year');
  const o = options as PkhBenefitOptions;
  const capOrder = o.capOrder ?? 'highest-amount-first';
  if (capOrder !== 'highest-amount-first' && capOrder !== 'input-order') {
    throw kit.configurationError('invalid_option', {
      option: 'capOrder',
      ...expects(
        "'highest-amount-first' or 'input-order'",
        "'highest-amount-first' atau 'input-order'",
      ),
    });
  }
  const limits = o.componentLimits ?? true;
  if (typeof limits !== 'boolean') {
    throw kit.configurationError('invalid_option', {
      option: 'componentLimits',
      ...expects('a boolean', 'boolean (true/false)'),
    });
  }
  return { year: o.year, table: o.table, capOrder, limits };
}

/** The option keys of {@link pkhBenefit} (and of `pkhBenefits`, which takes the same options). */
export const PKH_BENEFIT_KEYS = optionKeys<PkhBenefitOptions>()({
  locale: true,
  messages: true,
  year: true,
  table: true,
  capOrder: true,
  componentLimits: true,
});

/**
 * Computes a family's PKH benefit for a year: which persons count (per-component limits first, then
 * the family cap of the year's indeks), the yearly total, and the amount of every payment stage.
 *
 * Rules, in order (docs/pkh.md works examples by hand):
 * 1. Each person's yearly amount is the indeks amount of their component (`PKH_INDEKS`, by year).
 * 2. Per-component limits (anak usia dini 2, disabilitas berat 1, lansia 1; Kemensos criteria as
 *    quoted in 2022) leave out the extra persons of a component, the later ones in input order.
 * 3. The family cap (4 persons) leaves out the rest, counting the largest amounts first (equal
 *    amounts in input order; `capOrder: 'input-order'` counts the first persons instead). The sources
 *    do not say which persons count first: this order is the library's choice (*unconfirmed*).
 * 4. The component total is split evenly across the stages with the core `splitRupiah` (largest
 *    remainder: when it does not divide, the earlier stages get the extra rupiah), and the fixed
 *    family amount of the years that had one (2019: Rp 550,000 regular, Rp 1,000,000 PKH AKSES) is
 *    added whole to its stage (tahap 1). Stages always add up to the total.
 *
 * Sources: Kepdirjen Linjamsos No. 02/SK/LJS/01/2019 (via Kompasiana), Tribunnews 2022 quoting the
 * 2021 indeks and Kemensos criteria; every figure's source is in {@link PKH_INDEKS}.
 *
 * @category PKH
 * @throws {@link ValidationError} when the family does not match {@link PkhFamilySchema}.
 * @throws {@link ParameterNotFoundError} for a year before the table's first entry (2019).
 * @throws {@link ConfigurationError} `invalid_option` for a bad year, cap order or table.
 * @example
 * const r = pkhBenefit({ persons: [
 *   { component: 'ibu_hamil' }, { component: 'anak_usia_dini' }, { component: 'sd' },
 *   { component: 'smp' }, { component: 'sma' },
 * ] }, { year: 2022 });
 * r.total //=> 9_500_000 (3,000,000 + 3,000,000 + 2,000,000 + 1,500,000; the SD child is left out)
 * r.excluded[0].reason.code //=> 'family_cap_reached'
 * r.stages //=> [2_375_000, 2_375_000, 2_375_000, 2_375_000]
 */
export function pkhBenefit(family: PkhFamily, options: PkhBenefitOptions): PkhBenefit {
  checkOptionKeys(options, PKH_BENEFIT_KEYS, 'pkhBenefit');
  try {
    const msg = readMessageOptions(options);
    const { year, table, capOrder, limits } = readOptions(options);
    // PkhFamilySchema's rules without zod (tests/pkh/family-reader.test.ts proves them the same).
    const read = readPkhFamily(family, msg, kit.catalog);
    if (!read.success) throw invalidIn(read.issues, PKH_FAMILY, { catalog: kit.catalog, ...msg });
    const parsed: PkhFamily = read.data;
    const inForce = pkhIndeksAt(year, table);
    const ix = inForce.value;
    checkIndeks(ix);
    return computeBenefit(parsed, year, inForce.from, inForce.source, ix, capOrder, limits, msg);
  } catch (error) {
    throw unreadableInput(error, 'PKH benefit');
  }
}

interface Candidate {
  index: number;
  id: string | undefined;
  component: PkhComponent;
  amount: Rupiah;
}

/** A person as the result lists them (counted or excluded). */
function personOf(c: Candidate) {
  return {
    index: c.index,
    ...(c.id === undefined ? {} : { id: c.id }),
    component: c.component,
    label: PKH_COMPONENT_INFO[c.component].label,
    amount: c.amount,
  };
}

/** Rule 2: the per-component limits leave out the later persons of a component. */
function applyComponentLimits(
  family: PkhFamily,
  ix: PkhIndeks,
  limits: boolean,
  unconfirmed: Set<string>,
  excluded: PkhExcludedPerson[],
  msg: MessageOptions,
): Candidate[] {
  const seen: Partial<Record<PkhComponent, number>> = {};
  const candidates: Candidate[] = [];
  family.persons.forEach((p, index) => {
    const c: Candidate = {
      index,
      id: p.id,
      component: p.component,
      amount: ix.components[p.component].value,
    };
    const limit = limits ? ix.componentLimits[p.component] : undefined;
    if (limit !== undefined) {
      if (!limit.confirmed) unconfirmed.add(`componentLimits.${p.component}`);
      const n = seen[p.component] ?? 0;
      seen[p.component] = n + 1;
      if (n >= limit.value) {
        const info = PKH_COMPONENT_INFO[p.component].label;
        const params = {
          component: p.component,
          limit: limit.value,
          componentId: info.id,
          componentEn: info.en,
        };
        const reason = kit.reason('component_limit_reached', ['persons', index], params, msg);
        excluded.push({ ...personOf(c), reason });
        return;
      }
    }
    candidates.push(c);
  });
  return candidates;
}

/** Rule 3: the family cap counts the first `maxPersons` in the cap order and leaves out the rest. */
function applyCap(
  candidates: Candidate[],
  ix: PkhIndeks,
  capOrder: PkhCapOrder,
  unconfirmed: Set<string>,
  excluded: PkhExcludedPerson[],
  msg: MessageOptions,
): { counted: PkhCountedPerson[]; componentTotal: number } {
  const ordered =
    capOrder === 'highest-amount-first'
      ? [...candidates].sort((a, b) => b.amount - a.amount || a.index - b.index)
      : candidates;
  const maxPersons = ix.maxPersons.value;
  if (!ix.maxPersons.confirmed) unconfirmed.add('maxPersons');
  const counted: PkhCountedPerson[] = [];
  let componentTotal = 0;
  ordered.forEach((c, k) => {
    if (k < maxPersons) {
      const figure = ix.components[c.component];
      if (!figure.confirmed) unconfirmed.add(`components.${c.component}`);
      counted.push({ ...personOf(c), confirmed: figure.confirmed });
      componentTotal += c.amount;
    } else {
      if (capOrder === 'highest-amount-first') unconfirmed.add('capOrder');
      const reason = kit.reason('family_cap_reached', ['persons', c.index], { maxPersons }, msg);
      excluded.push({ ...personOf(c), reason });
    }
  });
  counted.sort((a, b) => a.index - b.index);
  return { counted, componentTotal };
}

/** The fixed family amount of the years that had one, or `null`. */
function fixedOf(family: PkhFamily, ix: PkhIndeks, unconfirmed: Set<string>): PkhFixedPaid | null {
  if (ix.fixed === null) return null;
  const kind = family.akses === true ? 'akses' : 'reguler';
  const f = ix.fixed[kind];
  if (!f.confirmed) unconfirmed.add(`fixed.${kind}`);
  if (!ix.fixed.stage.confirmed) unconfirmed.add('fixed.stage');
  return {
    kind,
    amount: f.value,
    stage: ix.fixed.stage.value,
    source: f.source,
    confirmed: f.confirmed,
  };
}

/** Rule 4: the component total split evenly across the stages, the fixed amount added to its stage. */
function stagesOf(
  componentTotal: number,
  fixed: PkhFixedPaid | null,
  ix: PkhIndeks,
  unconfirmed: Set<string>,
): PkhStageAmount[] {
  if (!ix.stages.confirmed) unconfirmed.add('stages');
  const parts = splitRupiah(componentTotal, new Array<number>(ix.stages.value).fill(1));
  return parts.map((components, i) => {
    const fixedHere = fixed !== null && fixed.stage === i + 1 ? fixed.amount : 0;
    return { stage: i + 1, amount: components + fixedHere, components, fixed: fixedHere };
  });
}

function computeBenefit(
  family: PkhFamily,
  year: number,
  from: CalendarDate,
  source: string,
  ix: PkhIndeks,
  capOrder: PkhCapOrder,
  limits: boolean,
  msg: MessageOptions,
): PkhBenefit {
  const unconfirmed = new Set<string>();
  const excluded: PkhExcludedPerson[] = [];
  const candidates = applyComponentLimits(family, ix, limits, unconfirmed, excluded, msg);
  const { counted, componentTotal } = applyCap(
    candidates,
    ix,
    capOrder,
    unconfirmed,
    excluded,
    msg,
  );
  excluded.sort((a, b) => a.index - b.index);
  const fixed = fixedOf(family, ix, unconfirmed);
  const stageBreakdown = stagesOf(componentTotal, fixed, ix, unconfirmed);
  return {
    year,
    indeks: { from, source },
    counted,
    excluded,
    componentTotal,
    fixed,
    total: componentTotal + (fixed?.amount ?? 0),
    stages: stageBreakdown.map((x) => x.amount),
    stageBreakdown,
    cap: { maxPersons: ix.maxPersons.value, order: capOrder },
    unconfirmed: [...unconfirmed].sort(),
  };
}

deepFreeze(PKH_CAP_ORDER);
