import * as zm from 'zod/mini';
import { exactFraction } from '../../_internal/exact-decimal.js';
import { whole } from '../../_internal/mini-fields.js';
import { DecimalInputMini, decimalBetween } from '../../_internal/core-mini.js';
import { divRoundBig } from '../../_internal/int-division.js';
import { type Rupiah, safeParseWith } from '../../core/index.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import { scheduleStageMessages } from './messages.js';

/** The issue kit of `roundFieldSoftware`: the schedule's catalogue, errors in the context `rounding`. */
const roundingKit: StageKit = /* @__PURE__ */ stageKit(scheduleStageMessages, 'rounding');

/**
 * A rounding unit as the UPK field software writes it in a kecamatan's settings: a plain unit
 * (`500`, `'500'`: to the nearer multiple, as the software reads "nearer"), `'+500'` (always up) or
 * `'-500'` (always down).
 *
 * @category Schedules
 */
export type FieldSoftwareUnit = number | `${number}` | `+${number}` | `-${number}`;

const UNIT_TEXT = /^[+-]?\d{1,10}$/;
const MAX_UNIT = 1_000_000_000;

/** A unit written as text: 1 .. 10^9 with an optional `+` or `-` sign (the schema's string rule). */
export function isUnitText(value: string): boolean {
  const n = UNIT_TEXT.test(value) ? Number(value.replace(/^[+-]/, '')) : 0;
  return n >= 1 && n <= MAX_UNIT;
}

/**
 * Schema of a {@link FieldSoftwareUnit}: a whole number 1 .. 10^9, or a string of one with an optional
 * `+` or `-` sign.
 *
 * @category Schedules
 * @example
 * FieldSoftwareUnitSchema.safeParse('+500').success
 * //=> true
 */
export const FieldSoftwareUnitSchema = /* @__PURE__ */ (() =>
  zm
    .union([
      whole(1, MAX_UNIT),
      zm.string().check(
        zm.maxLength(11),
        zm.superRefine((value, ctx) => {
          if (!isUnitText(value)) {
            ctx.addIssue({
              code: 'custom',
              params: { code: 'invalid_rounding_unit' },
              input: value,
            });
          }
        }),
      ),
    ])
    .check(
      zm.meta({
        title: 'FieldSoftwareUnit',
        description: "A rounding unit as the UPK field software writes it: 500, '+500' or '-500'",
      }),
    ))();

/** A unit read: its size, its direction and the number of trailing digits the software inspects. */
export interface ReadFieldSoftwareUnit {
  readonly size: number;
  readonly direction: 'nearest' | 'up' | 'down';
  /** 10^d, d = the number of characters of `size / 2` written out. */
  readonly modulus: number;
}

/** Reads a unit that {@link FieldSoftwareUnitSchema} accepted. */
export function readFieldSoftwareUnit(unit: number | string): ReadFieldSoftwareUnit {
  const text = String(unit);
  const direction = text.startsWith('+') ? 'up' : text.startsWith('-') ? 'down' : 'nearest';
  const size = Number(text.replace(/^[+-]/, ''));
  // The software counts the characters of unit / 2 as a number is printed: '250' for 500 (3),
  // '25' for 50 (2), '0.5' for 1 (3), '12.5' for 25 (4). JavaScript and PHP print these alike.
  const d = String(size / 2).length;
  return { size, direction, modulus: 10 ** d };
}

/**
 * The field software's rounding of a whole-rupiah amount x >= 0 (the first step, rounding to a whole
 * rupiah, is done by the caller). r = x mod 10^d; `+N` adds N - r (even when r is 0), `-N` takes r
 * off, a plain unit takes r off when r <= N / 2 and otherwise adds N - r.
 */
export function fieldSoftwareRoundWhole(x: number, unit: ReadFieldSoftwareUnit): number {
  const r = x % unit.modulus;
  if (unit.direction === 'up') return x + (unit.size - r);
  if (unit.direction === 'down') return x - r;
  // r <= N / 2, compared exactly in integers.
  return 2 * r <= unit.size ? x - r : x + (unit.size - r);
}

const RoundArgsSchema = /* @__PURE__ */ (() =>
  zm.strictObject({
    amount: DecimalInputMini.check(decimalBetween(0, 1e15, 'amount_out_of_range')),
    unit: FieldSoftwareUnitSchema,
  }))();

/**
 * Rounds an amount the way the UPK field software does, quirks included, for reconciling books kept
 * with it. This is **not** a correct rounding to the unit (use the core `roundRupiah` for that):
 *
 * 1. The amount is rounded to a whole rupiah, half-up from its exact value (the natural reading of the
 *    software's first step; a decimal string is read exactly, never through binary floating point).
 * 2. r = the last d digits of that whole amount, where d is the number of characters of `unit / 2`
 *    written out: 3 for units 500 and 1,000 ('250', '500'), 2 for 50 and 100 ('25', '50'), 3 for 1
 *    ('0.5'). For unit 500 this is the remainder mod 1,000, not mod 500.
 * 3. A unit written `'+N'` always goes up by N - r, even when r is 0 (so 1,000 becomes 1,500 with
 *    `'+500'`, and 1,700 becomes 1,500: "up by" a negative amount); `'-N'` goes down by r; a plain unit
 *    goes down by r when r <= N / 2, otherwise up by N - r (so 1,800 with unit 500 becomes 1,500).
 *
 * Source: the rounding routine of the UPK field software as described in sejahtera issue #13 (the
 * routine itself is not public; the rules above are followed to the letter).
 *
 * @category Schedules
 * @throws {@link ValidationError} when the amount is not a decimal between 0 and 10^15, or the unit is
 * not a whole number 1 .. 10^9 with an optional `+`/`-` sign.
 * @example
 * roundFieldSoftware('83333.33', 500)
 * //=> 83_500   (r = 333 > 250: up by 167)
 * roundFieldSoftware(1_800, 500)
 * //=> 1_500    (r = 800 > 250: "up" by 500 - 800)
 * roundFieldSoftware(1_000, '+500')
 * //=> 1_500    (r = 0: still up by 500)
 * roundFieldSoftware(1_499, '-100')
 * //=> 1_400
 */
export function roundFieldSoftware(amount: number | string, unit: FieldSoftwareUnit): Rupiah {
  const parsed = safeParseWith(
    RoundArgsSchema,
    { amount, unit },
    { catalog: scheduleStageMessages },
  );
  if (!parsed.success) roundingKit.fail(parsed.issues);
  const exact = exactFraction(parsed.data.amount);
  if (exact === undefined) roundingKit.failWith('invalid_decimal', ['amount']);
  const { numerator, denominator } = exact;
  const whole = Number(divRoundBig(numerator, denominator, 'half-up'));
  return fieldSoftwareRoundWhole(whole, readFieldSoftwareUnit(parsed.data.unit));
}
