import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SejahteraError } from '../../src/core/index.js';
import {
  createRegistry,
  parseKk,
  parseNik,
  summarizeVerification,
  verifyGroup,
  verifyGroups,
  verifyMember,
} from '../../src/kpb/index.js';

const SIXTEEN = /\d{16}/;
const digits16 = fc.string({
  unit: fc.constantFrom(...'0123456789'),
  minLength: 16,
  maxLength: 16,
});
const nikLike = fc.oneof(
  digits16,
  digits16.map((s) => `${s}7`),
  digits16.map((s) => s.slice(1)),
  digits16.map((s) => `${s.slice(0, 12)}00AB`),
  digits16.map((s) => ` ${s}`),
  digits16.map((s) => s + s),
);

/** Every text the library produced: messages in both languages and every param, as JSON. */
function texts(value: unknown): string[] {
  if (value instanceof SejahteraError) {
    return [
      value.message,
      value.messages.en,
      value.messages.id,
      JSON.stringify(value.params),
      ...texts((value as { issues?: unknown }).issues ?? []),
    ];
  }
  return [JSON.stringify(value)];
}

function collect(fn: () => unknown): string[] {
  try {
    return texts(fn());
  } catch (error) {
    return texts(error);
  }
}

describe('no message or error ever contains a full 16-digit number', () => {
  it('parseNik, parseKk, verifyMember, verifyGroup, verifyGroups, createRegistry (property)', () => {
    fc.assert(
      fc.property(
        nikLike,
        nikLike,
        fc.constantFrom('en', 'id') as fc.Arbitrary<'en' | 'id'>,
        (a, b, locale) => {
          const out: string[] = [];
          const nikIssues = parseNik(a, { referenceDate: '2024-06-01', locale });
          out.push(...(nikIssues.success ? [] : texts(nikIssues.issues)));
          const kk = parseKk(b, { locale });
          out.push(...(kk.success ? [] : texts(kk.issues)));
          const options = {
            ruleSet: 'pkkpm-default' as const,
            asOf: '2024-06-01',
            locale,
            registry: [{ nik: a, desil: 9, activeGroupId: 'G0' }],
          };
          const m = { nik: a, kk: b, birthDate: '1990-01-01' };
          const strip = (r: unknown) => {
            // results may carry the caller's own data (nik in the input); only produced text is checked
            const v = r as { reasons?: unknown; members?: { reasons: unknown }[] };
            return { reasons: v.reasons, members: v.members?.map((x) => x.reasons) };
          };
          out.push(...collect(() => strip(verifyMember(m, options))));
          out.push(
            ...collect(() =>
              strip(verifyGroup({ id: 'G1', desa: 'D', members: [m, m, { nik: b }] }, options)),
            ),
          );
          out.push(
            ...collect(() => {
              const r = verifyGroups(
                [
                  { id: 'G1', members: [m] },
                  { id: 'G2', members: [m] },
                  { id: 3, members: [{ nik: Number(a) }] },
                ],
                options,
              );
              return {
                reasons: r.valid.map((v) => v.value.reasons),
                rejected: r.rejected,
                duplicates: r.duplicates,
                summary: summarizeVerification(r),
              };
            }),
          );
          out.push(...collect(() => createRegistry([{ nik: a }, { nik: a }])));
          out.push(...collect(() => createRegistry([{ nik: a, desil: 11 }])));
          for (const t of out) expect(t).not.toMatch(SIXTEEN);
        },
      ),
      { numRuns: 300 },
    );
  });
});
