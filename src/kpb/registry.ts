import {
  createIssue,
  describeType,
  type Issue,
  SejahteraError,
  validationError,
} from '../core/index.js';
import { isBlankIdentifier, kpbIssue, kpbMessages, maskForMessage } from './issues.js';
import { memoizeByObject } from '../_internal/memo.js';

/**
 * One person in the registry (the unified social-welfare database, DTKS / DTSEN) as the user supplies
 * it. Only `nik` is required; other fields are ignored.
 *
 * @category KPB
 */
export interface RegistryEntry {
  /** The person's NIK (16 digits). */
  readonly nik: string;
  /** National welfare decile, 1 (poorest 10%) to 10; `null` or absent when not known. */
  readonly desil?: number | null | undefined;
  /** The group the person is an active member of, if any. */
  readonly activeGroupId?: string | null | undefined;
  /** True when the person has been funded by the program before. */
  readonly previouslyFunded?: boolean | undefined;
}

/**
 * A registry ready for lookups, built by {@link createRegistry}.
 *
 * @category KPB
 */
export interface KpbRegistry {
  /** Number of people listed. */
  readonly size: number;
  /** The entry of a NIK, or `undefined` when the person is not listed. */
  get(nik: string): RegistryEntry | undefined;
}

/**
 * What the `registry` option accepts:
 * - an array (or any iterable) of {@link RegistryEntry} (`[{ nik, desil, activeGroupId? }]`);
 * - a `Map` from NIK to `{ desil?, activeGroupId?, previouslyFunded? }` (read lazily: good for
 *   repeated single calls);
 * - a {@link KpbRegistry} from {@link createRegistry} (build it once when calling
 *   {@link verifyMember} many times with an array).
 *
 * @category KPB
 */
export type RegistryInput =
  | KpbRegistry
  | ReadonlyMap<string, Omit<RegistryEntry, 'nik'> & { readonly nik?: string }>
  | Iterable<RegistryEntry>;

const BRAND = Symbol('kpbRegistry');

function entryProblem(
  raw: unknown,
): { field: string; problem: string; problemId: string } | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      field: '',
      problem: `expected an object, received ${describeType(raw)}`,
      problemId: `harus berupa objek, diterima ${describeType(raw)}`,
    };
  }
  const e = raw as Record<string, unknown>;
  if (typeof e.nik !== 'string' || isBlankIdentifier(e.nik) || e.nik.length > 64) {
    return {
      field: 'nik',
      problem: 'nik must be a non-empty string',
      problemId: 'NIK harus berupa teks yang tidak kosong',
    };
  }
  const d = e.desil;
  if (
    d !== undefined &&
    d !== null &&
    !(Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 10)
  ) {
    return {
      field: 'desil',
      problem: 'desil must be a whole number from 1 to 10, or null',
      problemId: 'desil harus bilangan bulat dari 1 sampai 10, atau null',
    };
  }
  const g = e.activeGroupId;
  if (g !== undefined && g !== null && typeof g !== 'string') {
    return {
      field: 'activeGroupId',
      problem: 'activeGroupId must be a string or null',
      problemId: 'kode kelompok aktif (activeGroupId) harus berupa teks atau null',
    };
  }
  const f = e.previouslyFunded;
  if (f !== undefined && typeof f !== 'boolean') {
    return {
      field: 'previouslyFunded',
      problem: 'previouslyFunded must be true or false',
      problemId: 'status pernah didanai (previouslyFunded) harus true atau false',
    };
  }
  return undefined;
}

/** A copy with only the known fields, so a caller's later changes cannot reach the registry. */
function clean(raw: Record<string, unknown>, nik: string): RegistryEntry {
  return {
    nik,
    desil: raw.desil as number | null | undefined,
    activeGroupId: raw.activeGroupId as string | null | undefined,
    previouslyFunded: raw.previouslyFunded as boolean | undefined,
  };
}

/** Throws `registry_duplicate_nik`, naming the first entry with that NIK (found again: rare path). */
function duplicate(entries: Iterable<unknown>, nik: string, index: number): never {
  let firstIndex = 0;
  for (const raw of entries) {
    if ((raw as { nik?: unknown }).nik === nik) break;
    firstIndex++;
  }
  throw validationError(
    [
      kpbIssue(
        'registry_duplicate_nik',
        ['registry', index, 'nik'],
        { masked: maskForMessage(nik), firstIndex, index },
        undefined,
      ),
    ],
    'registry',
    { catalog: kpbMessages },
  );
}

function badEntry(
  index: number | string,
  field: string,
  problem: string,
  problemId: string,
): never {
  const issue: Issue = kpbIssue(
    'registry_invalid_entry',
    field === '' ? ['registry', index] : ['registry', index, field],
    { index, problem, problemId },
    undefined,
  );
  throw validationError([issue], 'registry', { catalog: kpbMessages });
}

/**
 * Builds a registry for fast lookups from entries (`[{ nik, desil, activeGroupId? }]`). Entries are
 * checked; a NIK listed twice is an error (which desil would apply?).
 *
 * @category KPB
 * @throws {@link ValidationError} when `entries` is not iterable, an entry is not an object with a
 * string `nik`, `desil` is not 1-10 or null, or a NIK appears twice (`registry_duplicate_nik`).
 * @example
 * const registry = createRegistry([{ nik: '3304124505850001', desil: 2 }]);
 * registry.get('3304124505850001')?.desil //=> 2
 */
export function createRegistry(entries: Iterable<RegistryEntry>): KpbRegistry {
  try {
    return buildRegistry(entries);
  } catch (error) {
    // One guard, one path: a registry that cannot be read (a getter or Proxy trap that throws
    // anything at all) is this argument's `unreadable_input`, at `['registry']` as the other
    // functions name the argument they could not read (`['records']`, `['responses']`).
    if (error instanceof SejahteraError) throw error;
    throw validationError([createIssue('unreadable_input', ['registry'])], 'registry');
  }
}

/** {@link createRegistry} without its guard: what it checks and builds. */
function buildRegistry(entries: Iterable<RegistryEntry>): KpbRegistry {
  if (isRegistry(entries)) return entries;
  if (
    entries === null ||
    typeof entries !== 'object' ||
    typeof (entries as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw validationError(
      [createIssue('not_iterable', ['registry'], { received: describeType(entries) })],
      'registry',
    );
  }
  const byNik = new Map<string, RegistryEntry>();
  let index = 0;
  for (const raw of entries as Iterable<unknown>) {
    const problem = entryProblem(raw);
    if (problem !== undefined) {
      badEntry(index, problem.field, problem.problem, problem.problemId);
    }
    const r = raw as Record<string, unknown>;
    const nik = r.nik as string;
    if (byNik.has(nik)) duplicate(entries as Iterable<unknown>, nik, index);
    byNik.set(nik, clean(r, nik));
    index++;
  }
  return brand({ size: byNik.size, get: (nik: string) => byNik.get(nik) });
}

function brand(r: KpbRegistry): KpbRegistry {
  Object.defineProperty(r, BRAND, { value: true });
  return Object.freeze(r);
}

function isRegistry(value: unknown): value is KpbRegistry {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}

/** Turns any accepted registry input into a {@link KpbRegistry}. */
export function toRegistry(input: RegistryInput): KpbRegistry {
  if (isRegistry(input)) return input;
  if (input instanceof Map) return registryOfMap(input as ReadonlyMap<string, unknown>);
  return createRegistry(input as Iterable<RegistryEntry>);
}

/**
 * A registry over a Map, read through it on each lookup (so it always sees the Map as it is now):
 * one per Map, kept in a pure memo table (_internal/memo.ts), since the wrapper depends on nothing
 * but the Map itself.
 */
const registryOfMap = memoizeByObject(
  (map: ReadonlyMap<string, unknown>): KpbRegistry =>
    brand({
      get size() {
        return map.size;
      },
      get(nik: string): RegistryEntry | undefined {
        const raw = map.get(nik);
        if (raw === undefined) return undefined;
        const withNik =
          raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, nik } : raw;
        const problem = entryProblem(withNik);
        if (problem !== undefined) {
          badEntry(maskForMessage(nik), problem.field, problem.problem, problem.problemId);
        }
        return clean(withNik as Record<string, unknown>, nik);
      },
    }),
);
