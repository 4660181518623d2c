// Issue 11: a verification reports only the codes of a NIK's or KK's issues (`member_nik_invalid`,
// `member_kk_invalid` list them), so it reads them without building their messages (then a
// verifyGroup bundle need not carry the parsers' messages). These properties hold the codes it
// reports equal to the public parsers' codes on any string, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKk, parseNik, PROVINCES, verifyMember } from '../../src/kpb/index.js';
import { kkIssueCodes } from '../../src/kpb/kk.js';
import { nik } from './fixtures.js';

const pair = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
// NIKs built from their parts (tests/kpb/fixtures.ts), each part right or wrong.
const nearValid = fc
  .record({
    province: fc.oneof(fc.constantFrom(...PROVINCES.provinces.map((p) => p.code)), pair),
    regency: pair,
    district: pair,
    day: fc.integer({ min: 0, max: 33 }),
    month: fc.integer({ min: 0, max: 13 }),
    yy: fc.integer({ min: 0, max: 99 }),
    female: fc.boolean(),
    serial: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  })
  .map((parts) => nik(parts));
const anyText = fc.oneof(
  nearValid,
  fc.string({ unit: fc.constantFrom(...'0123456789/:a ٣０'), minLength: 10, maxLength: 20 }),
  fc.string({ maxLength: 20 }),
);
const codes = (r: { success: boolean; issues?: readonly { code: string }[] }) =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);

describe('a verification reads the same NIK and KK codes as the parsers', () => {
  it('member_nik_invalid lists parseNik codes (on asOf), and only when parseNik rejects', () => {
    const asOf = '2024-06-01';
    fc.assert(
      fc.property(anyText, fc.constantFrom('en' as const, 'id' as const), (nik, locale) => {
        const expected = codes(parseNik(nik, { referenceDate: asOf }));
        const result = verifyMember({ nik }, { ruleSet: 'ksm-p2kp', asOf, locale });
        const reason = result.reasons.find((r) => r.code === 'member_nik_invalid');
        expect(reason?.params.issues ?? []).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('kkIssueCodes (member_kk_invalid) lists parseKk codes', () => {
    fc.assert(
      fc.property(anyText, (kk) => {
        expect(kkIssueCodes(kk)).toEqual(codes(parseKk(kk)));
        const result = verifyMember(
          { nik: '3304124505850001', kk },
          { ruleSet: 'kube-2020', asOf: '2024-06-01' },
        );
        const reason = result.reasons.find((r) => r.code === 'member_kk_invalid');
        const expected = kk === '' ? [] : codes(parseKk(kk));
        expect(reason?.params.issues ?? []).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects often enough for the property to mean something', () => {
    let rejected = 0;
    fc.assert(
      fc.property(nearValid, (nik) => {
        if (!parseNik(nik, { referenceDate: '2024-06-01' }).success) rejected++;
      }),
      { numRuns: 500, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(50);
    expect(rejected).toBeLessThan(490);
  });
});
