import { DAYAS, type Instrument } from '../instrument.js';
import { memoizeByObject } from '../../_internal/memo.js';

/** An instrument as the scoring loop reads it: typed arrays indexed by item position. */
export interface Compiled {
  readonly k: number;
  readonly min: number;
  readonly max: number;
  readonly ids: readonly string[];
  /** Index into DAYAS of each item's daya. */
  readonly daya: Uint8Array;
  readonly reverse: Uint8Array;
  readonly weight: Float64Array;
  readonly position: Map<string, number>;
  /** Indexes into DAYAS of the measured dayas. */
  readonly used: readonly number[];
  /** Whether each daya (by index into DAYAS) is measured. */
  readonly measures: readonly [boolean, boolean, boolean];
  readonly integerWeights: boolean;
}

/**
 * Compiles a (checked, frozen) instrument once; later calls with the same instrument reuse it (a pure
 * memo table, _internal/memo.ts: the instrument is frozen, so its compiled form never changes).
 */
export const compile: (instrument: Instrument) => Compiled = memoizeByObject(compileInstrument);

function compileInstrument(instrument: Instrument): Compiled {
  const k = instrument.items.length;
  const daya = new Uint8Array(k);
  const reverse = new Uint8Array(k);
  const weight = new Float64Array(k);
  const position = new Map<string, number>();
  let integerWeights = true;
  instrument.items.forEach((item, j) => {
    daya[j] = DAYAS.indexOf(item.daya);
    reverse[j] = item.reverse ? 1 : 0;
    weight[j] = item.weight;
    if (!Number.isInteger(item.weight)) integerWeights = false;
    position.set(item.id, j);
  });
  const compiled: Compiled = {
    k,
    min: instrument.scale.min,
    max: instrument.scale.max,
    ids: instrument.items.map((item) => item.id),
    daya,
    reverse,
    weight,
    position,
    used: instrument.dayas.map((d) => DAYAS.indexOf(d)),
    measures: [
      instrument.dayas.includes('sosial'),
      instrument.dayas.includes('ekonomi'),
      instrument.dayas.includes('lingkungan'),
    ],
    integerWeights,
  };
  return compiled;
}
