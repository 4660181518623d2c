import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as kpb from '../src/kpb/index.js';
import * as poverty from '../src/poverty/index.js';
import * as revolvingFund from '../src/revolving-fund/index.js';
import * as tridaya from '../src/tridaya/index.js';

// Issue 9, item 5: "Frozen shared state". Every exported preset, table and message catalogue, of
// every subpath, is deeply frozen: one caller cannot change what every later caller in the process
// sees. The walk covers every export, so a new export is covered without touching this test.
// zod schemas are the one exception: zod fills internal caches lazily, so a frozen schema would break
// zod itself; they are not data tables (and JSON Schema is generated from them at build time).

const subpaths = {
  sejahtera: root,
  'sejahtera/poverty': poverty,
  'sejahtera/revolving-fund': revolvingFund,
  'sejahtera/kpb': kpb,
  'sejahtera/tridaya': tridaya,
};

/** Paths (from the export) to every object or array reachable from `value` that is not frozen. */
function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (!Object.isFrozen(value)) out.push(path);
  if (value instanceof Map || value instanceof Set)
    out.push(`${path} (a ${value.constructor.name})`);
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (typeof child === 'function') continue;
    out.push(...unfrozen(child, `${path}.${String(key)}`, seen));
  }
  return out;
}

const dataExports = Object.entries(subpaths).flatMap(([subpath, mod]) =>
  Object.entries(mod)
    .filter(([, value]) => typeof value === 'object' && value !== null)
    .filter(([, value]) => !(value instanceof z.core.$ZodType))
    .map(([name, value]) => [`${subpath}: ${name}`, value] as const),
);

describe('exported presets, tables and message catalogues are deeply frozen', () => {
  it('finds the data exports of every subpath', () => {
    // Among them the ones the issue names.
    const names = new Set(dataExports.map(([name]) => name.split(': ')[1]));
    for (const name of [
      'kpbRuleSets',
      'BAND_PRESETS',
      'EFFECTIVENESS_PRESETS',
      'DAYA_BUDGET_SPLITS',
      'DAYAS',
      'kpbMessages',
      'coreMessages',
      'PORTFOLIO_INDICATOR_DEFINITIONS',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
    expect(dataExports.length).toBeGreaterThan(60);
  });

  it.each(dataExports)('%s', (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it('only zod schemas are left out, and every one of them is a schema', () => {
    const skipped = Object.entries(root).filter(
      ([, value]) => typeof value === 'object' && value !== null && value instanceof z.ZodType,
    );
    for (const [name] of skipped) expect(name).toMatch(/Schema$/);
  });
});

describe('mutation attempts change nothing, and later calls are unaffected', () => {
  const group = {
    id: 'g',
    members: [
      { nik: '3304124505850001', kk: '3304120101080001', name: 'A', isLeader: true },
      { nik: '3304124505850002', kk: '3304120101080002', name: 'B' },
      { nik: '3304124505850003', kk: '3304120101080003', name: 'C' },
    ],
  };
  const verifyOptions = { ruleSet: 'ksm-p2kp' as const, asOf: '2024-06-01' };

  it("kpbRuleSets['ksm-p2kp']: assigning into it throws and verification is unchanged", () => {
    // KSM P2KP wants at least 5 members: a group of 3 is not eligible, before and after.
    expect(kpb.verifyGroup(group, verifyOptions).eligible).toBe(false);
    const preset = kpb.kpbRuleSets['ksm-p2kp'] as unknown as { group: Record<string, unknown> };
    expect(() => {
      preset.group.minSize = 0;
    }).toThrow(TypeError);
    expect(() => {
      (kpb.kpbRuleSets as Record<string, unknown>)['ksm-p2kp'] = {};
    }).toThrow(TypeError);
    expect(kpb.kpbRuleSets['ksm-p2kp'].group.minSize).toBe(5);
    expect(kpb.verifyGroup(group, verifyOptions).eligible).toBe(false);
  });

  it('EFFECTIVENESS_PRESETS and BAND_PRESETS: changing a band throws and results are unchanged', () => {
    // 18 of 20 is 90 %: efektif on the Kepmendagri scale ([90, 100]).
    expect(tridaya.effectivenessRatio(18, 20).category).toBe('efektif');
    const preset = tridaya.EFFECTIVENESS_PRESETS['kepmendagri-690-900-327'] as unknown as {
      bands: { min: unknown }[];
    };
    expect(() => {
      (preset.bands[0] as { min: unknown }).min = 0;
    }).toThrow(TypeError);
    expect(() => (preset.bands as unknown[]).push({})).toThrow(TypeError);
    expect(tridaya.effectivenessRatio(18, 20).category).toBe('efektif');
    const bands = tridaya.BAND_PRESETS as unknown as Record<string, unknown>;
    expect(() => {
      bands.extra = {};
    }).toThrow(TypeError);
    expect('extra' in bands).toBe(false);
  });

  it('DAYAS and DAYA_BUDGET_SPLITS cannot be changed', () => {
    expect(() => (tridaya.DAYAS as unknown as string[]).push('budaya')).toThrow(TypeError);
    expect(tridaya.DAYAS).toEqual(['sosial', 'ekonomi', 'lingkungan']);
    const split = tridaya.DAYA_BUDGET_SPLITS['pnpm-serang-70-30'] as unknown as {
      shares: Record<string, number>;
    };
    expect(() => {
      split.shares.lingkungan = 100;
    }).toThrow(TypeError);
    expect(tridaya.DAYA_BUDGET_SPLITS['pnpm-serang-70-30'].shares).toEqual({
      lingkungan: 70,
      ekonomi: 30,
    });
  });

  it('message catalogues: replacing a template throws and messages are unchanged', () => {
    const before = root.createIssue('required', ['nik'], {}, { locale: 'id' }).message;
    expect(before).toBe('nik wajib diisi');
    const catalogs = [root.coreMessages, kpb.kpbMessages, poverty.povertyMessages] as unknown as {
      required: { id: unknown };
    }[];
    for (const catalog of catalogs) {
      expect(() => {
        catalog.required.id = () => 'hacked';
      }).toThrow(TypeError);
    }
    expect(root.createIssue('required', ['nik'], {}, { locale: 'id' }).message).toBe(before);
  });

  it('PORTFOLIO_INDICATOR_DEFINITIONS cannot be changed', () => {
    const defs = revolvingFund.PORTFOLIO_INDICATOR_DEFINITIONS as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const first = Object.keys(defs)[0] as string;
    expect(() => {
      (defs[first] as Record<string, unknown>).title = 'x';
    }).toThrow(TypeError);
    expect(() => {
      delete defs[first];
    }).toThrow(TypeError);
    expect(first in defs).toBe(true);
  });
});
