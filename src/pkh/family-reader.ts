import { zodLengthOf } from '../_internal/zod-length.js';
import {
  type BilingualCatalog,
  createIssue,
  describeType,
  type Issue,
  type MessageOptions,
  type SafeParseResult,
} from '../core/index.js';
import { PKH_COMPONENTS, type PkhComponent } from './components.js';

// `PkhFamilySchema` read without zod, for pkhBenefit's own path (issue 11: a pkhBenefit bundle then
// carries no zod). The same rules and the same issues, in the same order, as the library's mapping of
// the schema's zod issues: tests/pkh/family-reader.test.ts proves it on arbitrary input (accept or
// reject, the value, every issue's code, path and params).

/** A family as `PkhFamilySchema` outputs it. */
export interface ReadFamily {
  id?: string;
  akses?: boolean;
  persons: { id?: string; component: PkhComponent }[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a family. A value that throws while read (a getter, a Proxy trap) is one `unreadable_input`
 * issue, as the core's `safeParseWith` reports it (pkhBenefit throws it for the whole family; the
 * batch's `checkBatch` makes it that row's `unreadable_row`).
 */
export function readPkhFamily(
  value: unknown,
  msg: MessageOptions,
  catalog: BilingualCatalog,
): SafeParseResult<ReadFamily> {
  try {
    return readFamily(value, msg, catalog);
  } catch {
    return { success: false, issues: [createIssue('unreadable_input', [], {}, msg, catalog)] };
  }
}

function readFamily(
  value: unknown,
  msg: MessageOptions,
  catalog: BilingualCatalog,
): SafeParseResult<ReadFamily> {
  const issues: Issue[] = [];
  const add = (code: string, path: (string | number)[], params: Record<string, unknown>) =>
    issues.push(createIssue(code, path, params, msg, catalog));
  if (!isObject(value)) {
    wrongType(value, [], 'object', add);
    return { success: false, issues };
  }
  const out: ReadFamily = { persons: [] };
  const id = readId(value, [], add);
  if ('id' in value) out.id = id as string;
  const akses = value.akses;
  if (akses !== undefined && typeof akses !== 'boolean') {
    wrongType(akses, ['akses'], 'boolean', add);
  }
  if ('akses' in value) out.akses = akses as boolean;
  const persons = value.persons;
  if (!Array.isArray(persons)) {
    wrongType(persons, ['persons'], 'array', add);
    tooLong(persons, add);
  } else if (persons.length > 100) {
    add('too_big', ['persons'], { maximum: 100, inclusive: true, origin: 'array' });
  } else {
    for (let i = 0; i < persons.length; i++) out.persons.push(readPerson(persons[i], i, add));
  }
  return issues.length === 0 ? { success: true, data: out } : { success: false, issues };
}

type Add = (code: string, path: (string | number)[], params: Record<string, unknown>) => void;

/**
 * zod checks the maximum length of anything that has a `length`, even after a type issue (a string of
 * 101 characters gets both); its `origin` then says what it was.
 */
function tooLong(v: unknown, add: Add): void {
  if (v === undefined || v === null) return;
  const length = zodLengthOf(v, 100, false);
  if (length === undefined || (length as number) <= 100) return;
  const origin = typeof v === 'string' ? 'string' : 'unknown';
  add('too_big', ['persons'], { maximum: 100, inclusive: true, origin });
}

/** A value of the wrong type: `required` when it is missing, else `invalid_type`. */
function wrongType(v: unknown, path: (string | number)[], expected: string, add: Add): void {
  if (v === undefined) add('required', path, { expected });
  else add('invalid_type', path, { expected, received: describeType(v) });
}

/** An optional `id` of at most 200 characters. */
function readId(v: Record<string, unknown>, at: (string | number)[], add: Add): unknown {
  const id = v.id;
  if (id === undefined) return id;
  if (typeof id !== 'string') {
    wrongType(id, [...at, 'id'], 'string', add);
  } else if ((zodLengthOf(id, 200, false) as number) > 200) {
    add('too_big', [...at, 'id'], { maximum: 200, inclusive: true, origin: 'string' });
  }
  return id;
}

function readPerson(v: unknown, i: number, add: Add): { id?: string; component: PkhComponent } {
  const at = ['persons', i];
  if (!isObject(v)) {
    wrongType(v, at, 'object', add);
    return { component: 'sd' };
  }
  const id = readId(v, at, add);
  const component = v.component;
  if (!(PKH_COMPONENTS as readonly unknown[]).includes(component)) {
    add('invalid_value', [...at, 'component'], { allowed: [...PKH_COMPONENTS] });
  }
  return 'id' in v
    ? { id: id as string, component: component as PkhComponent }
    : { component: component as PkhComponent };
}
