// `sejahtera score`, run as a built command. Expected scores worked out by hand from docs/tridaya.md:
// per daya actual x 100 / ideal (a reverse item counts min + max - answer), the overall score the
// (weighted) mean of the daya percentages, bands of 'likert-5-equal' on a 1-5 scale [20, 36) sangat
// tidak efektif, [36, 52) tidak efektif, [52, 68) cukup efektif, [68, 84) efektif, [84, 100] sangat
// efektif; the aggregate per daya is total actual x 100 / total ideal.
import { describe, expect, it } from 'vitest';
import { folder } from './run.js';

const INSTRUMENT = JSON.stringify({
  id: 'demo',
  scale: { min: 1, max: 5 },
  items: [
    { id: 's1', daya: 'sosial' },
    { id: 's2', daya: 'sosial', reverse: true },
    { id: 'e1', daya: 'ekonomi' },
  ],
});

// Row 2: sosial (4 + (6 - 2)) / 10 = 80, ekonomi 3 / 5 = 60, overall 70.
// Row 3: sosial (5 + 5) / 10 = 100, ekonomi 100, overall 100.
// Row 4: s2 unanswered. Row 5: s1 = 9 is off the scale.
const RESPONSES = 'id,s1,s2,e1\nR-1,4,2,3\nR-2,5,1,5\nR-3,4,,2\nR-4,9,1,1\n';

describe('sejahtera score', { timeout: 180_000 }, () => {
  it('scores each respondent; rejects unanswered and off-scale rows; writes the aggregate', () => {
    const f = folder();
    f.write('inst.json', INSTRUMENT);
    f.write('r.csv', RESPONSES);
    const r = f.run([
      'score',
      'r.csv',
      '--instrument',
      'inst.json',
      '--rejects',
      'bad.csv',
      '--aggregate',
      'agg.json',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'row,id,sosial,sosialCategory,ekonomi,ekonomiCategory,overall,overallCategory\n' +
        '2,R-1,80,efektif,60,cukup_efektif,70,efektif\n' +
        '3,R-2,100,sangat_efektif,100,sangat_efektif,100,sangat_efektif\n',
    );
    const bad = f.read('bad.csv').trim().split('\n');
    expect(bad.slice(1).map((l) => l.split(',').slice(0, 3))).toEqual([
      ['4', 's2', 'missing_answer'],
      ['5', 's1', 'answer_out_of_scale'],
    ]);
    // Aggregate: sosial (8 + 10) / 20 = 90, ekonomi (3 + 5) / 10 = 80, overall 85.
    expect(JSON.parse(f.read('agg.json'))).toEqual([
      {
        respondents: 2,
        sosial: 90,
        sosialCategory: 'sangat_efektif',
        ekonomi: 80,
        ekonomiCategory: 'efektif',
        overall: 85,
        overallCategory: 'sangat_efektif',
      },
    ]);
    expect(r.stderr).toMatch(/4 rows, 2 passed, 2 rejected, .*overall score 85 \(Very effective\)/);
  });

  it('--missing skip scores what was answered; --weight weighs the dayas; JSON Lines out', () => {
    const f = folder();
    f.write('inst.json', INSTRUMENT);
    f.write('r.csv', 'id,s1,s2,e1\nR-1,4,2,3\nR-3,4,,2\n');
    const r = f.run([
      'score',
      'r.csv',
      '--instrument',
      'inst.json',
      '--missing',
      'skip',
      '--weight',
      'sosial=3',
      '--weight',
      'ekonomi=1',
      '--format',
      'jsonl',
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // (3 x 80 + 60) / 4 = 75. R-3 (s2 skipped): sosial 4 / 5 = 80, ekonomi 2 / 5 = 40
    // (tidak efektif), overall (3 x 80 + 40) / 4 = 70.
    expect(rows).toEqual([
      {
        row: 2,
        id: 'R-1',
        sosial: 80,
        sosialCategory: 'efektif',
        ekonomi: 60,
        ekonomiCategory: 'cukup_efektif',
        overall: 75,
        overallCategory: 'efektif',
      },
      {
        row: 3,
        id: 'R-3',
        sosial: 80,
        sosialCategory: 'efektif',
        ekonomi: 40,
        ekonomiCategory: 'tidak_efektif',
        overall: 70,
        overallCategory: 'efektif',
      },
    ]);
  });

  it('usage errors: no instrument, an invalid one, a bad policy or weight (exit 2)', () => {
    const f = folder();
    f.write('r.csv', RESPONSES);
    const none = f.run(['score', 'r.csv']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/score needs --instrument/);
    f.write('bad.json', '{"id":"x","scale":{"min":5,"max":1},"items":[]}');
    const invalid = f.run(['score', 'r.csv', '--instrument', 'bad.json']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/the instrument is not valid/);
    f.write('inst.json', INSTRUMENT);
    expect(f.run(['score', 'r.csv', '--instrument', 'inst.json', '--missing', 'zero']).code).toBe(
      2,
    );
    const w = f.run(['score', 'r.csv', '--instrument', 'inst.json', '--weight', 'budaya=2']);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/--weight takes daya=<number>/);
  });
});
