import type * as z from 'zod';
import { buildIssue } from './issue-kit.js';
import type { BilingualCatalog, Issue, MessageOptions } from './issue-types.js';
import { coreMessages } from './messages.js';
import { PARSE_OPTION_KEYS } from '../_internal/parse-option-keys.js';
import { unreadableAs } from '../_internal/guard.js';
import { ISSUES } from '../_internal/contexts.js';
import { checkOptionKeys } from '../_internal/options.js';
import { cutKey, typeIssue } from '../_internal/zod-issue-shapes.js';

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
      const [code, params] = codeOf(raw);
      out.push(buildIssue(code, path, params, options, catalog, coreMessages));
    }
    return out;
  } catch (error) {
    throw unreadableAs(error, ISSUES);
  }
}

type Mapped = [string, Record<string, unknown>];

/** One zod issue as the library's stable code and params (never the value itself). */
function codeOf(raw: ZodIssueLike): Mapped {
  switch (raw.code) {
    case 'invalid_type':
      return typeIssue(raw.expected, 'input' in raw ? raw.input : undefined);
    case 'too_small':
      return [
        'too_small',
        {
          minimum: numeric(raw.minimum),
          inclusive: raw.inclusive ?? true,
          origin: raw.origin,
        },
      ];
    case 'too_big':
      return [
        'too_big',
        {
          maximum: numeric(raw.maximum),
          inclusive: raw.inclusive ?? true,
          origin: raw.origin,
        },
      ];
    case 'invalid_format':
      return ['invalid_format', { format: raw.format }];
    case 'not_multiple_of':
      return ['not_multiple_of', { divisor: numeric(raw.divisor) }];
    case 'unrecognized_keys':
      return ['unrecognized_keys', { keys: raw.keys.map(cutKey) }];
    case 'invalid_value':
      return [
        'invalid_value',
        { allowed: raw.values.map((v) => (typeof v === 'bigint' ? String(v) : v)) },
      ];
    case 'invalid_union':
      return ['invalid_union', {}];
    case 'invalid_key':
      return ['invalid_key', {}];
    case 'invalid_element':
      return ['invalid_element', {}];
    default: {
      const custom = raw.params ?? {};
      const { code: customCode, ...rest } = custom as { code?: unknown };
      return [typeof customCode === 'string' ? customCode : 'custom', rest];
    }
  }
}

function keyOf(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}

function numeric(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}
