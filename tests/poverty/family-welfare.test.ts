import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/index.js';
import { classifyFamilyWelfare, FAMILY_WELFARE_VERSIONS } from '../../src/poverty/index.js';

/** Answers in BKKBN order: the first `met` indicators true, the rest false. */
const firstMet = (met: number, total: number) => Array.from({ length: total }, (_, k) => k < met);

describe('BKKBN indicator versions as data', () => {
  it('bkkbn-21 has KS I 6, KS II 8, KS III 5, KS III Plus 2', () => {
    const count = (stage: string) =>
      FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators.filter((i) => i.stage === stage).length;
    expect([count('ks1'), count('ks2'), count('ks3'), count('ks3_plus')]).toEqual([6, 8, 5, 2]);
  });

  it('bkkbn-23 has KS I 5, KS II 9, KS III 7, KS III Plus 2', () => {
    const count = (stage: string) =>
      FAMILY_WELFARE_VERSIONS['bkkbn-23'].indicators.filter((i) => i.stage === stage).length;
    expect([count('ks1'), count('ks2'), count('ks3'), count('ks3_plus')]).toEqual([5, 9, 7, 2]);
  });

  it('gives every indicator a unique id, its BKKBN number, and Indonesian and English text, and cites BKKBN', () => {
    for (const version of Object.values(FAMILY_WELFARE_VERSIONS)) {
      const ids = version.indicators.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      version.indicators.forEach((ind, k) => {
        expect(ind.number).toBe(k + 1);
        expect(ind.text.id.length).toBeGreaterThan(10);
        expect(ind.text.en.length).toBeGreaterThan(10);
      });
      expect(version.source).toMatch(/BKKBN/);
    }
  });
});

describe('classifyFamilyWelfare stage edges (bkkbn-21: 6 / 14 / 19 / 21 cumulative)', () => {
  const cases: [number, string][] = [
    [0, 'pra_sejahtera'],
    [5, 'pra_sejahtera'], // fails KS I indicator 6
    [6, 'ks1'], // all of KS I, fails KS II indicator 7
    [13, 'ks1'], // fails KS II indicator 14
    [14, 'ks2'],
    [18, 'ks2'], // fails KS III indicator 19
    [19, 'ks3'],
    [20, 'ks3'], // fails KS III Plus indicator 21
    [21, 'ks3_plus'],
  ];
  for (const [met, stage] of cases) {
    it(`meeting the first ${met} indicators gives ${stage}`, () => {
      const r = classifyFamilyWelfare(firstMet(met, 21), { version: 'bkkbn-21' });
      expect(r.stage).toBe(stage);
      expect(r.failed).toHaveLength(21 - met);
      expect(r.missing).toEqual([]);
    });
  }

  it('names the failed indicators', () => {
    const answers = firstMet(21, 21);
    answers[7] = false; // indicator 8: protein once a week (KS II)
    const r = classifyFamilyWelfare(answers, { version: 'bkkbn-21' });
    expect(r.stage).toBe('ks1');
    expect(r.failed).toEqual(['ks2_lauk_protein']);
  });

  it('a KS I failure makes the family pra sejahtera even when higher stages are met', () => {
    const answers = firstMet(21, 21);
    answers[0] = false;
    expect(classifyFamilyWelfare(answers, { version: 'bkkbn-21' }).stage).toBe('pra_sejahtera');
  });
});

describe('classifyFamilyWelfare stage edges (bkkbn-23: 5 / 14 / 21 / 23 cumulative)', () => {
  const cases: [number, string][] = [
    [4, 'pra_sejahtera'],
    [5, 'ks1'],
    [13, 'ks1'],
    [14, 'ks2'],
    [20, 'ks2'],
    [21, 'ks3'],
    [22, 'ks3'],
    [23, 'ks3_plus'],
  ];
  for (const [met, stage] of cases) {
    it(`meeting the first ${met} indicators gives ${stage}`, () => {
      expect(classifyFamilyWelfare(firstMet(met, 23), { version: 'bkkbn-23' }).stage).toBe(stage);
    });
  }
});

describe('classifyFamilyWelfare with missing answers', () => {
  it('reports a missing KS I answer and does not assume it: the stage is open', () => {
    const answers: (boolean | undefined)[] = firstMet(21, 21);
    answers[2] = undefined;
    const r = classifyFamilyWelfare(answers, { version: 'bkkbn-21' });
    expect(r.stage).toBeNull();
    expect(r.missing).toEqual(['ks1_rumah_layak']);
    expect(r.possibleStages).toEqual(['pra_sejahtera', 'ks3_plus']);
  });

  it('a missing answer above the decisive failure does not change the stage but is reported', () => {
    const answers: (boolean | null)[] = firstMet(21, 21);
    answers[8] = false; // KS II fails
    answers[20] = null; // KS III Plus not asked
    const r = classifyFamilyWelfare(answers, { version: 'bkkbn-21' });
    expect(r.stage).toBe('ks1');
    expect(r.missing).toEqual(['ks3p_pengurus']);
  });

  it('a short answer list leaves the rest missing', () => {
    const r = classifyFamilyWelfare(firstMet(14, 14), { version: 'bkkbn-21' });
    expect(r.stage).toBeNull();
    expect(r.possibleStages).toEqual(['ks2', 'ks3', 'ks3_plus']);
    expect(r.missing).toHaveLength(7);
  });
});

describe('classifyFamilyWelfare answer forms and errors', () => {
  it('accepts answers keyed by indicator id or by BKKBN number', () => {
    const byId = Object.fromEntries(
      FAMILY_WELFARE_VERSIONS['bkkbn-21'].indicators.map((i) => [i.id, true]),
    );
    expect(classifyFamilyWelfare(byId, { version: 'bkkbn-21' }).stage).toBe('ks3_plus');
    const byNumber = Object.fromEntries(
      Array.from({ length: 21 }, (_, k) => [String(k + 1), k !== 15]),
    );
    const r = classifyFamilyWelfare(byNumber, { version: 'bkkbn-21' });
    expect(r.stage).toBe('ks2');
    expect(r.failed).toEqual(['ks3_menabung']);
  });

  it('accepts answers grouped by stage', () => {
    const r = classifyFamilyWelfare(
      {
        ks1: [true, true, true, true, true],
        ks2: [true, true, true, true, true, true, true, true, true],
        ks3: [true, true, true, true, false, true, true],
        ks3_plus: [true, true],
      },
      { version: 'bkkbn-23' },
    );
    // indicator 19 (5th of KS III in bkkbn-23) fails -> KS II
    expect(r.stage).toBe('ks2');
    expect(r.failed).toEqual(['ks3_rekreasi']);
    const partial = classifyFamilyWelfare(
      { ks1: [true, true, true, true, true, true] },
      { version: 'bkkbn-21' },
    );
    expect(partial.stage).toBeNull();
    expect(partial.missing).toHaveLength(15);
    expect(() =>
      classifyFamilyWelfare(
        { ks1: [true, true, true, true, true, true, true] },
        { version: 'bkkbn-21' },
      ),
    ).toThrow(ValidationError);
  });

  it('defaults to bkkbn-21', () => {
    expect(classifyFamilyWelfare(firstMet(21, 21)).version).toBe('bkkbn-21');
  });

  it('rejects unknown indicators, non-boolean answers and conflicting answers', () => {
    expect(() => classifyFamilyWelfare({ makan: true }, { version: 'bkkbn-21' })).toThrow(
      ValidationError,
    );
    expect(() => classifyFamilyWelfare({ '22': true }, { version: 'bkkbn-21' })).toThrow(
      ValidationError,
    );
    expect(() => classifyFamilyWelfare(['ya'] as never, { version: 'bkkbn-21' })).toThrow(
      ValidationError,
    );
    expect(() => classifyFamilyWelfare(firstMet(22, 22), { version: 'bkkbn-21' })).toThrow(
      ValidationError,
    );
    try {
      classifyFamilyWelfare({ '1': true, ks1_makan_dua_kali: false }, { version: 'bkkbn-21' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.code).toBe('conflicting_answer');
    }
  });

  it('rejects an unknown version with a ConfigurationError', () => {
    expect(() => classifyFamilyWelfare([], { version: 'bkkbn-99' as never })).toThrow(
      ConfigurationError,
    );
  });
});
