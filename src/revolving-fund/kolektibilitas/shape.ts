import * as z from 'zod';
import { DecimalInputMini } from '../../_internal/core-mini.js';
import {
  KOLEKTIBILITAS_UNITS,
  LEVEL_CODE_PATTERN,
  MAX_LEVEL_CODE_LENGTH,
  MAX_LEVELS,
  MAX_TABLE_ID_LENGTH,
  MIN_LEVEL,
} from './rules.js';

// The shape of a kolektibilitas table as zod schemas built from the rules module (rules.ts), and the
// public types derived from them. schema.ts adds the rules between levels (the table checker) to the
// table's shape; the types here are the output of these schemas, never a hand-written copy.

/**
 * Schema of one kolektibilitas level (its shape; the rules between levels are checked by
 * {@link KolektibilitasTableSchema}).
 *
 * @category Kolektibilitas
 * @example
 * KolektibilitasLevelSchema.safeParse({ level: 2, code: 'dalam_perhatian_khusus',
 *   label: { id: 'Dalam Perhatian Khusus', en: 'Special mention' }, from: 1, to: 90,
 *   provisionRate: '0.05' }).success
 * //=> true
 */
export const KolektibilitasLevelSchema = z
  .object({
    level: z.int().min(MIN_LEVEL),
    code: z.string().max(MAX_LEVEL_CODE_LENGTH).regex(LEVEL_CODE_PATTERN),
    label: z.object({ id: z.string().min(1), en: z.string().min(1) }),
    from: z.int().min(0),
    to: z.int().min(0).optional(),
    provisionRate: z.nullable(DecimalInputMini),
  })
  .meta({
    id: 'KolektibilitasLevel',
    description:
      'One kolektibilitas level: inclusive arrears range [from, to] (no "to" for the last level) and a provision rate 0..1 (null when no source gives one)',
  });

/** The table's shape, without the rules between levels (schema.ts adds them). */
export const kolektibilitasTableShape = z.object({
  id: z.string().min(1).max(MAX_TABLE_ID_LENGTH),
  source: z.string().min(1),
  unit: z.enum(KOLEKTIBILITAS_UNITS),
  levels: z.array(KolektibilitasLevelSchema).min(1).max(MAX_LEVELS),
});

/**
 * What a kolektibilitas table counts arrears in: days past due, missed instalments, or whole months in
 * arrears (days past due / 30, rounded down, as UPK software counts).
 *
 * @category Kolektibilitas
 */
export type KolektibilitasUnit = z.output<typeof kolektibilitasTableShape>['unit'];

/**
 * One level of a kolektibilitas table, the output of {@link KolektibilitasLevelSchema}. `level` is
 * 1 (best, lancar) upward; `code` a snake_case code (`lancar`, `dalam_perhatian_khusus`,
 * `kurang_lancar`, `diragukan`, `macet`); `label` its Indonesian and English names. `from` and `to`
 * are inclusive whole numbers in the table's unit; the last level has no `to` (open-ended).
 * `provisionRate` is the loan-loss provision as a fraction 0..1 of outstanding principal (0.05 = 5%),
 * given as a number or a decimal string and applied exactly, or `null` when no source gives the level
 * a rate: such a level classifies loans but the library refuses to compute a provision from it
 * (`provision_rate_unsourced`).
 *
 * @category Kolektibilitas
 */
export type KolektibilitasLevel = Readonly<z.output<typeof KolektibilitasLevelSchema>>;

/**
 * A kolektibilitas table, the output of {@link KolektibilitasTableSchema}: an `id`
 * (`'ojk-bank-2019'`), the regulation or guideline it comes from (`source`), what `from`/`to` count
 * (`unit`), and its levels in ascending order: contiguous, non-overlapping, starting at 0.
 *
 * @category Kolektibilitas
 */
export type KolektibilitasTable = Readonly<
  Omit<z.output<typeof kolektibilitasTableShape>, 'levels'>
> & {
  readonly levels: readonly KolektibilitasLevel[];
};
