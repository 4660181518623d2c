// A snapshot is plain data that may come from anywhere (JSON from another process, a hand-made
// object); `merge` refuses one whose arrays have holes. A hole in `rejected` used to pass the check
// (`every` skips holes) and put `undefined` among the accumulator's rejections.
import { describe, expect, it } from 'vitest';
import { createPovertyAccumulator } from '../../src/poverty/index.js';
import { thrown } from '../helpers/thrown.js';

const line = 600_000;

describe('merging a snapshot with holes', () => {
  it('refuses a hole in rejected, and leaves the accumulator as it was', () => {
    // One record rejected (a negative expenditure), one used: total 2, valid 1, rejected 1.
    const snap = createPovertyAccumulator({ line })
      .addAll([{ expenditurePerCapita: -1 }, { expenditurePerCapita: 300_000, size: 2 }])
      .snapshot();
    expect([snap.total, snap.valid, snap.rejected.length]).toEqual([2, 1, 1]);
    // The same counts, the one rejection a hole.
    const holed = { ...snap, rejected: new Array(1) };
    const acc = createPovertyAccumulator({ line });
    expect(thrown(() => acc.merge(holed as never)).code).toBe('invalid_accumulator');
    const result = acc.result();
    expect([result.counts.total, result.counts.valid, result.rejected.length]).toEqual([0, 0, 0]);
    // The snapshot as it came merges: 2 persons, both poor.
    expect(acc.merge(snap).result().poorPopulation).toBe(2);
  });

  it('refuses a hole in sums', () => {
    const snap = createPovertyAccumulator({ line })
      .add({ expenditurePerCapita: 300_000, size: 2 })
      .snapshot();
    for (let at = 0; at < 8; at++) {
      const sums: number[] = [...snap.sums];
      delete sums[at];
      const acc = createPovertyAccumulator({ line });
      expect(thrown(() => acc.merge({ ...snap, sums } as never)).code).toBe('invalid_accumulator');
    }
  });
});
