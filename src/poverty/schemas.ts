import { WEIGHT_CAP } from './weight-cap.js';
import * as z from 'zod';
import { parseWith, type SafeParseResult, safeParseWith } from '../core/index.js';
import type { PovertyIssueCode } from './issues.js';
import { povertyMessages } from './issues.js';
import type { PovertyRecord } from './measures.js';

/**
 * Schema of one population record (see {@link PovertyRecord}): `expenditurePerCapita` finite and
 * >= 0, optional `size` a whole number >= 1, optional `weight` >= 0 and at most 2^917. Other fields are kept
 * (survey rows carry their own ids and area codes).
 *
 * @category Measures
 * @example
 * PovertyRecordSchema.safeParse({ expenditurePerCapita: 450_000, size: 0 }).success
 * //=> false
 */
export const PovertyRecordSchema = z
  .looseObject({
    expenditurePerCapita: z.number().nonnegative(),
    size: z.int().min(1).optional(),
    weight: z.number().nonnegative().max(WEIGHT_CAP).optional(),
  })
  .meta({
    id: 'PovertyRecord',
    description: 'A household with its monthly expenditure per capita',
  });

/**
 * Parses one population record, throwing every problem at once.
 *
 * @category Measures
 * @throws {@link ValidationError} when the record does not conform to {@link PovertyRecordSchema}.
 * @example
 * parsePovertyRecord({ expenditurePerCapita: 450_000, size: 4 })
 * //=> { expenditurePerCapita: 450000, size: 4 }
 */
export function parsePovertyRecord(value: unknown): PovertyRecord {
  return parseWith(PovertyRecordSchema, value, {
    context: 'poverty record',
    catalog: povertyMessages,
  });
}

/**
 * Parses one population record without throwing.
 *
 * @category Measures
 * @example
 * safeParsePovertyRecord({ expenditurePerCapita: -1 }).success
 * //=> false
 */
export function safeParsePovertyRecord(
  value: unknown,
): SafeParseResult<PovertyRecord, PovertyIssueCode> {
  return safeParseWith(PovertyRecordSchema, value, {
    context: 'poverty record',
    catalog: povertyMessages,
  }) as SafeParseResult<PovertyRecord, PovertyIssueCode>;
}
