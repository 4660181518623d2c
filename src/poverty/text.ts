import { WEIGHT_CAP } from './weight-cap.js';
import * as z from 'zod';
import { createDecimalTextSchema, optionalText } from '../core/index.js';
import { readDecimalCell } from '../_internal/number-text.js';
import { registerFastReader } from '../_internal/fast-reader.js';

const Expenditure = createDecimalTextSchema({ currency: true });
const Size = createDecimalTextSchema().pipe(z.int().min(1));
const Weight = createDecimalTextSchema().pipe(z.number().max(WEIGHT_CAP));

/**
 * A household (population record) as a CSV row of strings, out as the record {@link povertyMeasures}
 * takes: `expenditurePerCapita` (required; `450000`, `450.000`, `Rp 450.000,50`, `450000.5`),
 * optional `size` (a whole number >= 1) and `weight` (>= 0); a blank optional cell is absent, a blank
 * expenditure is `required` (never 0). Decimal text as `parseDecimalText` reads it (Indonesian
 * separators). Other columns are dropped: to keep a grouping column, extend it
 * (`PovertyRecordTextSchema.extend({ kecamatan: z.string() })`).
 *
 * In the batch validators this exact schema is read by a fast path (about 10x zod's speed) that a
 * property test proves gives the same output for every row it accepts; other rows go through zod.
 *
 * @category Measures
 * @example
 * PovertyRecordTextSchema.parse({ expenditurePerCapita: 'Rp 450.000', size: '4', weight: '' })
 * //=> { expenditurePerCapita: 450000, size: 4, weight: undefined }
 */
export const PovertyRecordTextSchema = z.object({
  expenditurePerCapita: Expenditure,
  size: optionalText(Size),
  weight: optionalText(Weight),
});

/**
 * A household read from text by {@link PovertyRecordTextSchema}.
 *
 * @category Measures
 */
export type PovertyRecordText = z.output<typeof PovertyRecordTextSchema>;

/** `undefined` for blank text (an absent optional cell), NaN when the cell is not sure to pass. */
function optionalNumber(cell: unknown): number | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell !== 'string') return Number.NaN;
  const r = readDecimalCell(cell, 'id', false, false, false);
  return typeof r === 'number' ? r : r === 'required' ? undefined : Number.NaN;
}

/**
 * The fast path of {@link PovertyRecordTextSchema}: the same cell parsers without zod's object
 * machinery. Sure of a row only when every cell passes; anything else goes to the schema.
 *
 * @internal
 */
export function readPovertyRecordTextFast(row: unknown): PovertyRecordText | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  const r = row as { expenditurePerCapita?: unknown; size?: unknown; weight?: unknown };
  const e = r.expenditurePerCapita;
  if (typeof e !== 'string') return undefined;
  const y = readDecimalCell(e, 'id', false, false, true);
  if (typeof y !== 'number') return undefined;
  const hasSize = 'size' in r;
  const hasWeight = 'weight' in r;
  const size = hasSize ? optionalNumber(r.size) : undefined;
  const weight = hasWeight ? optionalNumber(r.weight) : undefined;
  if (size !== undefined && !(Number.isSafeInteger(size) && size >= 1)) return undefined;
  if (weight !== undefined && !(weight <= WEIGHT_CAP)) return undefined;
  const value: {
    expenditurePerCapita: number;
    size?: number | undefined;
    weight?: number | undefined;
  } = { expenditurePerCapita: y };
  if (hasSize) value.size = size;
  if (hasWeight) value.weight = weight;
  return value as PovertyRecordText;
}

registerFastReader(PovertyRecordTextSchema, readPovertyRecordTextFast);
