import type * as z from 'zod';
import { describeType } from './describe-type.js';
import { createIssue } from './issue-build.js';
import type { BilingualCatalog, Issue, MessageOptions } from './issue-types.js';
import { coreMessages } from './messages.js';
import { PARSE_OPTION_KEYS } from '../_internal/parse-option-keys.js';
import { unreadableAs } from '../_internal/guard.js';
import { ISSUES } from '../_internal/contexts.js';
import { checkOptionKeys } from '../_internal/options.js';

// Mapping zod's issues to the library's: stable codes, bilingual messages, no echoed values.

type ZodIssueLike = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

/**
 * Converts zod issues to the library's issues: stable codes, bilingual messages, no echoed values.
 * A refinement reports its own code with `ctx.addIssue({ code: 'custom', params: { code, ...facts } })`.
 *
 * @category Issues
 */
export function issuesFromZod(
  zodIssues: readonly z.core.$ZodIssue[],
  options: MessageOptions = {},
  catalog: BilingualCatalog = coreMessages,
  basePath: readonly (string | number)[] = [],
): Issue[] {
  try {
    checkOptionKeys(options, PARSE_OPTION_KEYS, 'issuesFromZod');
    const out: Issue[] = [];
    if (!Array.isArray(zodIssues)) return out;
    for (const raw of zodIssues as readonly ZodIssueLike[]) {
      if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.path)) continue;
      const path = [...basePath, ...(raw.path as (string | number)[]).map(keyOf)];
      let code: string;
      let params: Record<string, unknown>;
      switch (raw.code) {
        case 'invalid_type': {
          const received = describeType(raw.input);
          if (!('input' in raw) || raw.input === undefined) {
            code = 'required';
            params = { expected: raw.expected };
          } else if (
            raw.expected === 'int' &&
            typeof raw.input === 'number' &&
            Number.isFinite(raw.input)
          ) {
            code = 'not_integer';
            params = { expected: 'integer', received };
          } else if (
            (raw.expected === 'number' || raw.expected === 'int') &&
            typeof raw.input === 'number'
          ) {
            code = 'not_finite';
            params = { expected: 'finite number', received };
          } else {
            code = 'invalid_type';
            params = { expected: raw.expected === 'int' ? 'integer' : raw.expected, received };
          }
          break;
        }
        case 'too_small':
          code = 'too_small';
          params = {
            minimum: numeric(raw.minimum),
            inclusive: raw.inclusive ?? true,
            origin: raw.origin,
          };
          break;
        case 'too_big':
          code = 'too_big';
          params = {
            maximum: numeric(raw.maximum),
            inclusive: raw.inclusive ?? true,
            origin: raw.origin,
          };
          break;
        case 'invalid_format':
          code = raw.format === 'regex' ? 'invalid_format' : 'invalid_format';
          params = { format: raw.format };
          break;
        case 'not_multiple_of':
          code = 'not_multiple_of';
          params = { divisor: numeric(raw.divisor) };
          break;
        case 'unrecognized_keys':
          code = 'unrecognized_keys';
          params = { keys: raw.keys.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)) };
          break;
        case 'invalid_value':
          code = 'invalid_value';
          params = { allowed: raw.values.map((v) => (typeof v === 'bigint' ? String(v) : v)) };
          break;
        case 'invalid_union':
          code = 'invalid_union';
          params = {};
          break;
        case 'invalid_key':
          code = 'invalid_key';
          params = {};
          break;
        case 'invalid_element':
          code = 'invalid_element';
          params = {};
          break;
        default: {
          const custom = raw.params ?? {};
          const { code: customCode, ...rest } = custom as { code?: unknown };
          code = typeof customCode === 'string' ? customCode : 'custom';
          params = rest;
        }
      }
      out.push(createIssue(code, path, params, options, catalog));
    }
    return out;
  } catch (error) {
    throw unreadableAs(error, ISSUES);
  }
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function numeric(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}
