import { exactFraction } from './exact-decimal.js';

// The core's `periodicRateFraction` (core/rate.ts, simple conversion) without decimal.js, in a module
// with no schema, so that `buildSchedule` carries neither classic zod nor zod/mini nor decimal.js into
// a user's bundle (issue 11). tests/revolving-fund/core-mini.test.ts holds it equal to the core's on
// arbitrary input (through core-mini.ts, which re-exports it).

// Lengths in 1/624 of a year (a year is 12 months = 52 weeks), as the core converts a rate simply.
const LENGTH = { year: 624n, month: 52n, week: 12n } as const;

/** The target period of a conversion: a rate period or a whole number of months. */
export type RateTargetMini = 'week' | 'month' | 'year' | { readonly months: number };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * The periodic rate of a percentage quoted `per` a period, converted simply to `to`, as a fraction in
 * lowest terms (the core's `periodicRateFraction`), or undefined when the rate is not valid under
 * `RateSchema` (not a finite decimal, outside 0 .. 1,000, an unknown period).
 */
export function exactPeriodicRate(
  percent: unknown,
  per: unknown,
  to: RateTargetMini,
): { numerator: bigint; denominator: bigint } | undefined {
  if (typeof percent !== 'number' && typeof percent !== 'string') return undefined;
  if (typeof percent === 'string' && percent.length > 80) return undefined;
  if (per !== 'week' && per !== 'month' && per !== 'year') return undefined;
  const f = exactFraction(percent);
  if (f === undefined || f.numerator < 0n || f.numerator > 1000n * f.denominator) return undefined;
  const target = typeof to === 'string' ? LENGTH[to] : BigInt(to.months) * LENGTH.month;
  const numerator = f.numerator * target;
  const denominator = f.denominator * 100n * LENGTH[per];
  const g = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / g, denominator: denominator / g };
}
