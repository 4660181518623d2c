// Issue 10, "types come from schemas": `Instrument` and `InstrumentItem` are derived from
// `InstrumentDefinitionSchema`'s output, not written beside it. These are the types users had (0.1's
// hand-written interfaces, copied here as they were) and must keep: the derived ones equal them.
// And the instrument carries its "defined" mark itself: no module-level WeakSet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  defineInstrument,
  type Instrument,
  type InstrumentDefinition,
  type InstrumentItem,
  scoreResponses,
} from '../../src/tridaya/index.js';

type Daya = 'sosial' | 'ekonomi' | 'lingkungan';

interface InstrumentItemBefore {
  readonly id: string;
  readonly daya: Daya;
  readonly text?: string;
  readonly reverse: boolean;
  readonly weight: number;
}

interface InstrumentBefore {
  readonly id: string;
  readonly name?: string;
  readonly scale: { readonly min: number; readonly max: number };
  readonly items: readonly InstrumentItemBefore[];
  readonly dayas: readonly Daya[];
}

const definition: InstrumentDefinition = {
  id: 'p2kp',
  scale: { min: 1, max: 5 },
  items: [
    { id: 's1', daya: 'sosial' },
    { id: 'e1', daya: 'ekonomi', reverse: true, weight: 2 },
  ],
};

describe('Instrument and InstrumentItem come from the schema', () => {
  it('are structurally what they were', () => {
    expectTypeOf<InstrumentItem>().toEqualTypeOf<InstrumentItemBefore>();
    expectTypeOf<Instrument>().toEqualTypeOf<InstrumentBefore>();
    // Either way round: a value of one is a value of the other.
    expectTypeOf<Instrument>().toExtend<InstrumentBefore>();
    expectTypeOf<InstrumentBefore>().toExtend<Instrument>();
  });

  it('a defined instrument has no enumerable extra: what it was, field for field', () => {
    const instrument = defineInstrument(definition);
    expect(Object.keys(instrument)).toEqual(['id', 'scale', 'items', 'dayas']);
    expect(JSON.parse(JSON.stringify(instrument))).toEqual({
      id: 'p2kp',
      scale: { min: 1, max: 5 },
      items: [
        { id: 's1', daya: 'sosial', reverse: false, weight: 1 },
        { id: 'e1', daya: 'ekonomi', reverse: true, weight: 2 },
      ],
      dayas: ['sosial', 'ekonomi'],
    });
    expect(Object.isFrozen(instrument)).toBe(true);
  });

  it('a copy of a defined instrument (not marked) is validated, and scores the same', () => {
    const instrument = defineInstrument(definition);
    const copy = JSON.parse(JSON.stringify(instrument));
    // Answers 4 and 2 on 1..5; e1 is reversed (2 -> 1 + 5 - 2 = 4) and weighs 2.
    const a = scoreResponses(instrument, [{ answers: [4, 2] }]);
    const b = scoreResponses(copy, [{ answers: [4, 2] }]);
    expect(b).toEqual(a);
    // An invalid copy is not taken on trust: it is validated and rejected.
    const bad = { ...copy, scale: { min: 5, max: 1 } };
    expect(() => scoreResponses(bad, [{ answers: [4, 2] }])).toThrow();
  });

  it('a frozen look-alike without the mark is validated, not trusted', () => {
    const lookAlike = Object.freeze({
      id: 'x',
      scale: Object.freeze({ min: 5, max: 1 }),
      items: Object.freeze([Object.freeze({ id: 'a', daya: 'sosial', reverse: false, weight: 1 })]),
      dayas: Object.freeze(['sosial']),
    });
    expect(() => scoreResponses(lookAlike as never, [{ answers: [1] }])).toThrow();
  });
});

describe('no module state in instrument.ts (issue 10, item 6)', () => {
  it('declares no module-level collection or variable: the mark is on the instrument', () => {
    const source = readFileSync(
      join(__dirname, '..', '..', 'src', 'tridaya', 'instrument.ts'),
      'utf8',
    );
    const moduleState = source
      .split('\n')
      .filter((line) => /^(let |var |(export )?const \w+[^=]*= new (Weak)?(Map|Set)\b)/.test(line));
    expect(moduleState).toEqual([]);
  });
});
