import { textSchema } from '../../_internal/text-schema.js';
import { unreadableAs } from '../../_internal/guard.js';
import { checkOptionKeys } from '../../_internal/options.js';
import { MESSAGE_KEYS, openCell } from './cell.js';
import type { MessageOptions, SafeParseResult } from '../issues.js';
import { YES_NO_TEXT } from '../../_internal/contexts.js';

/**
 * Options of {@link parseYesNoText}: the message language and overrides.
 *
 * @category Text
 */
export type YesNoTextOptions = MessageOptions;

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['ya', true],
  ['y', true],
  ['yes', true],
  ['1', true],
  ['true', true],
  ['tidak', false],
  ['t', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['false', false],
]);

/**
 * Reads a yes/no answer as forms and spreadsheets write it, ignoring case and surrounding blanks:
 * `ya` / `tidak`, `y` / `t`, `yes` / `no`, `n`, `1` / `0`, `true` / `false`. Note that a lone `t` is
 * Indonesian `tidak` (no), as forms in Indonesian abbreviate it, not English "true". Blank is
 * `required`, never false. Never throws for any input; a misspelt option key is a
 * `ConfigurationError` (`unknown_option`).
 *
 * @category Text
 * @example
 * parseYesNoText(' Ya ')
 * //=> { success: true, data: true }
 * parseYesNoText('T')
 * //=> { success: true, data: false }
 */
export function parseYesNoText(
  input: unknown,
  options: YesNoTextOptions = {},
): SafeParseResult<boolean> {
  checkOptionKeys(options, MESSAGE_KEYS, 'parseYesNoText');
  try {
    const cell = openCell(input, options);
    if (!('fail' in cell)) return cell;
    const { text, start, end, fail } = cell;
    if (end - start > 5) return fail('invalid_yes_no');
    const value = WORDS.get(text.slice(start, end).toLowerCase());
    return value === undefined ? fail('invalid_yes_no') : { success: true, data: value };
  } catch (error) {
    throw unreadableAs(error, YES_NO_TEXT);
  }
}

/**
 * A zod schema of a yes/no answer written as text (see {@link parseYesNoText}): a string in, a
 * boolean out.
 *
 * @category Text
 * @example
 * YesNoTextSchema.parse('tidak')
 * //=> false
 */
export const YesNoTextSchema = textSchema((text) => parseYesNoText(text));
