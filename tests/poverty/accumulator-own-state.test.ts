// The poverty accumulator keeps its state in a non-enumerable property (src/poverty/measures.ts,
// `OWN`), not in a WeakMap: what a user sees of an accumulator is unchanged, and a copy of one is not
// taken for the accumulator itself.
import { describe, expect, it } from 'vitest';
import { createPovertyAccumulator } from '../../src/poverty/index.js';
import { thrown } from '../helpers/thrown.js';

describe('poverty accumulator state', () => {
  it('shows only its five methods, in keys, spreads and JSON', () => {
    const acc = createPovertyAccumulator({ line: 600_000 });
    expect(Object.keys(acc).sort()).toEqual(['add', 'addAll', 'merge', 'result', 'snapshot']);
    expect(JSON.stringify(acc)).toBe('{}');
    expect(Object.keys({ ...acc }).sort()).toEqual(Object.keys(acc).sort());
  });

  it('does not take a copy of an accumulator for the accumulator', () => {
    const a = createPovertyAccumulator({ line: 600_000 });
    const b = createPovertyAccumulator({ line: 600_000 }).addAll([
      { expenditurePerCapita: 300_000, size: 4 },
    ]);
    // A spread copy has the methods but not the state: it is neither live nor a snapshot.
    expect(thrown(() => a.merge({ ...b } as never)).code).toBe('invalid_accumulator');
    expect(a.merge(b).result().poorPopulation).toBe(4);
    // Merged once, b is known to a (through the state, not the object's keys).
    expect(thrown(() => a.merge(b)).code).toBe('accumulator_already_merged');
    expect(a.result().poorPopulation).toBe(4);
  });
});
