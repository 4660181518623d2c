import { describe, expect, it } from 'vitest';
import { ConfigurationError, ValidationError } from '../../src/core/index.js';
import {
  P2K2_FIGURES,
  P2K2_MODULES,
  p2k2Workload,
  planP2k2Groups,
  summarizeP2k2Attendance,
} from '../../src/pkh/index.js';

describe('P2K2 modules and seed figures', () => {
  it('five modules; the parenting module has its four sessions from a source', () => {
    expect(P2K2_MODULES.map((m) => m.id)).toEqual([
      'pengasuhan_pendidikan_anak',
      'pengelolaan_keuangan',
      'kesehatan_gizi',
      'perlindungan_anak',
      'kesejahteraan_sosial',
    ]);
    const parenting = P2K2_MODULES[0];
    expect(parenting?.sessions.map((s) => s.title.id)).toEqual([
      'Menjadi orang tua yang lebih baik',
      'Memahami perilaku anak',
      'Memahami cara anak usia dini belajar',
      'Membantu anak sukses di sekolah',
    ]);
    expect(parenting?.sessions.every((s) => s.confirmed)).toBe(true);
    expect(P2K2_MODULES.every((m) => m.title.en.length > 0 && m.source.length > 0)).toBe(true);
  });

  it('seed 003: monthly 120-minute sessions, 40-55 per session, 250-300 families per pendamping', () => {
    expect(P2K2_FIGURES.sessionsPerMonth.value).toBe(1);
    expect(P2K2_FIGURES.sessionMinutes.value).toBe(120);
    expect(P2K2_FIGURES.observedSessionSize.value).toEqual({ min: 40, max: 55 });
    expect(P2K2_FIGURES.familiesPerPendamping.value).toEqual({ min: 250, max: 300 });
    expect(P2K2_FIGURES.maxGroupSize.confirmed).toBe(false);
  });
});

describe('group plans and workload (worked examples of docs/pkh.md)', () => {
  it('80 families in groups of at most 30: 3 groups of 27, 27, 26 (the Ponorogo example)', () => {
    expect(planP2k2Groups(80)).toEqual({
      families: 80,
      groups: 3,
      sizes: [27, 27, 26],
      sessionsPerMonth: 3,
      minutesPerMonth: 360,
    });
  });

  it('no families, no groups; -0 families reads as 0 (found by the fuzz test)', () => {
    const r = planP2k2Groups(-0);
    expect([r.groups, r.sizes, r.sessionsPerMonth]).toEqual([0, [], 0]);
    expect(Object.is(r.families, 0)).toBe(true);
  });

  it("the seed's 300 families per pendamping: 10 groups of 30, 20 hours of sessions a month", () => {
    const w = p2k2Workload({ families: 600, pendamping: 2 });
    expect([
      w.familiesPerPendamping,
      w.plan.groups,
      w.plan.minutesPerMonth,
      w.hoursPerMonth,
    ]).toEqual([300, 10, 1200, 20]);
    expect(w.comparedToSeed).toBe('within');
  });

  it("at the seed's 55 per session the same 300 families need 6 groups (50 each)", () => {
    expect(planP2k2Groups(300, { maxGroupSize: 55 }).sizes).toEqual([50, 50, 50, 50, 50, 50]);
  });

  it('541 families for one pendamping (Legok, 2020) is above the seed range; the busiest pendamping of 3 for 751', () => {
    expect(p2k2Workload({ families: 541 }).comparedToSeed).toBe('above');
    const w = p2k2Workload({ families: 751, pendamping: 3 });
    expect(w.familiesPerPendamping).toBe(251); // ceil(751 / 3)
    expect(w.plan.sizes).toEqual([28, 28, 28, 28, 28, 28, 28, 28, 27]);
    expect(planP2k2Groups(0).groups).toBe(0);
  });

  it('rejects bad counts and options', () => {
    expect(() => planP2k2Groups(-1)).toThrow(ConfigurationError);
    expect(() => planP2k2Groups(10, { maxGroupSize: 0 })).toThrow(ConfigurationError);
    expect(() => p2k2Workload({ families: 10, pendamping: 0 })).toThrow(ConfigurationError);
  });
});

describe('attendance per family and per group', () => {
  const group = {
    id: 'KPM-Melati',
    families: ['A', 'B', 'C', 'D'],
    sessions: [
      { date: '2024-01-15', attendees: ['A', 'B', 'C', 'D'] },
      { date: '2024-02-12', attendees: ['A', 'B', 'C'] },
      { date: '2024-03-11', attendees: ['A', 'B', 'B', 'X'] },
    ],
  };

  it('counts each family once per session and reports strangers', () => {
    const s = summarizeP2k2Attendance(group);
    expect(s.families.map((f) => [f.familyId, f.attended, f.held, f.compliant])).toEqual([
      ['A', 3, 3, true],
      ['B', 3, 3, true],
      ['C', 2, 3, false],
      ['D', 1, 3, false],
    ]);
    expect(s.sessions.map((x) => [x.present, x.absent, x.percent])).toEqual([
      [4, 0, 100],
      [3, 1, 75],
      [2, 2, 50],
    ]);
    // 9 attendances of 12 possible = 75%
    expect(s.group).toEqual({
      families: 4,
      sessions: 3,
      attendances: 9,
      possible: 12,
      percent: 75,
      compliantFamilies: 2,
    });
    expect(s.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['p2k2_unknown_family', 'sessions.2.attendees.3'],
    ]);
  });

  it('a lower minimum share (2 of 3 sessions)', () => {
    const s = summarizeP2k2Attendance(group, { minPercent: 66 });
    expect(s.families.map((f) => f.compliant)).toEqual([true, true, true, false]);
  });

  it('a family listed twice is reported once and counted once; bad input is a ValidationError', () => {
    const s = summarizeP2k2Attendance({ families: ['A', 'A'], sessions: [{ attendees: ['A'] }] });
    expect(s.group.families).toBe(1);
    expect(s.issues[0]?.code).toBe('p2k2_duplicate_family');
    expect(() => summarizeP2k2Attendance({ families: 'A' } as never)).toThrow(ValidationError);
    expect(() => summarizeP2k2Attendance(group, { minPercent: 101 })).toThrow(ConfigurationError);
  });
});
