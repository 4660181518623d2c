import { checkOptionKeys, optionKeys } from '../../_internal/options.js';
import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import type { MessageOptions, SafeParseResult } from '../../core/index.js';
import type { KolektibilitasTable } from '../types.js';
import { kolektibilitasTableShape } from './shape.js';
import { type KolektibilitasIssueCode, kolektibilitasMessages } from './messages.js';
import { checkKolektibilitasTable, resolveKolektibilitasTable } from './table.js';

export { KolektibilitasLevelSchema } from './shape.js';

const tableKit: StageKit = stageKit(kolektibilitasMessages, 'kolektibilitas table');

const MESSAGE_KEYS = optionKeys<MessageOptions>()({ locale: true, messages: true });

/**
 * Schema of a kolektibilitas table, for tables kept in configuration files: the shape, plus every rule
 * of {@link checkKolektibilitasTable} (contiguous levels from 0, only the last open-ended, rates 0..1,
 * unique levels and codes) as issues with their own codes. The exported JSON Schema carries the shape.
 *
 * @category Kolektibilitas
 * @example
 * KolektibilitasTableSchema.safeParse(OJK_BANK_2019).success
 * //=> true
 */
export const KolektibilitasTableSchema = kolektibilitasTableShape
  .superRefine((table, ctx) => {
    for (const issue of checkKolektibilitasTable(table)) {
      ctx.addIssue({
        code: 'custom',
        path: [...issue.path],
        params: { code: issue.code, ...issue.params },
        input: table,
      });
    }
  })
  .meta({
    id: 'KolektibilitasTable',
    description:
      'A kolektibilitas (loan quality) table: contiguous levels from 0 in days, missed instalments or months in arrears, with provision rates and a source',
  });

/**
 * Checks a kolektibilitas table read from outside (a configuration file) and returns it validated and
 * frozen, or every issue found (English, or Indonesian with `locale: 'id'`). Never throws.
 *
 * @category Kolektibilitas
 * @example
 * const r = safeParseKolektibilitasTable({ id: 'x', source: 'y', unit: 'days', levels: [] });
 * r.success ? r.data.id : r.issues.map((i) => i.code)
 * //=> ['kolektibilitas_no_levels']
 */
export function safeParseKolektibilitasTable(
  value: unknown,
  options: MessageOptions = {},
): SafeParseResult<KolektibilitasTable, KolektibilitasIssueCode | string> {
  checkOptionKeys(options, MESSAGE_KEYS, 'safeParseKolektibilitasTable');
  const issues = checkKolektibilitasTable(value, options);
  if (issues.length > 0) return { success: false, issues };
  try {
    return { success: true, data: resolveKolektibilitasTable(value as KolektibilitasTable) };
  } catch {
    // A getter that answered differently the second time.
    return { success: false, issues: checkKolektibilitasTable(Object.freeze({}), options) };
  }
}

/**
 * Like {@link safeParseKolektibilitasTable}, but throws: the input channel for tables (a
 * `ValidationError` listing every issue), where {@link resolveKolektibilitasTable} reports a
 * configuration mistake (`ConfigurationError`).
 *
 * @category Kolektibilitas
 * @throws {@link ValidationError} listing every issue when the table breaks a rule.
 * @example
 * parseKolektibilitasTable(OJK_BANK_2019).id
 * //=> 'ojk-bank-2019'
 */
export function parseKolektibilitasTable(
  value: unknown,
  options: MessageOptions = {},
): KolektibilitasTable {
  checkOptionKeys(options, MESSAGE_KEYS, 'parseKolektibilitasTable');
  return tableKit.orThrow(safeParseKolektibilitasTable(value, options), options);
}
