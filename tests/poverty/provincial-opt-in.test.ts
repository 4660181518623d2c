import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/index.js';
import { classifyByPovertyLine, povertyLineAt, povertyMeasures } from '../../src/poverty/index.js';
import { thrown } from '../helpers/thrown.js';

// Issue 11: the provincial tables are loaded only by a caller who asks for a provincial line.
// Figures: BPS Provinsi Lampung, March 2023, perdesaan line Rp 534,575 (docs/poverty.md sources).

describe('provincial lines are an opt-in of the classifiers (issue 11)', () => {
  it('a provincial line found by povertyLineAt classifies as before', () => {
    // 500,000 / 534,575: below the line, above 0.8 x 534,575 = 427,660 -> miskin.
    const line = povertyLineAt({ date: '2023-06-30', province: '18', area: 'rural' });
    expect(line.value).toBe(534_575);
    expect(classifyByPovertyLine(500_000, { line })).toMatchObject({
      status: 'miskin',
      line: 534_575,
    });
    // 427,659 < 427,660 -> sangat_miskin on the same line.
    expect(classifyByPovertyLine(427_659, { line }).status).toBe('sangat_miskin');
  });

  it('a lookup with a province in `line` names the opt-in (classifier and measures)', () => {
    const lookup = { date: '2023-06-30', province: '18', area: 'rural' } as const;
    const e = thrown(() => classifyByPovertyLine(500_000, { line: lookup }));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e).toMatchObject({ code: 'provincial_line_not_loaded' });
    expect((e as ConfigurationError).messages.en).toContain('povertyLineAt');
    expect((e as ConfigurationError).messages.id).toContain('provinsi');
    const m = thrown(() =>
      povertyMeasures([{ expenditurePerCapita: 1, size: 1 }], { line: lookup as never }),
    );
    expect(m).toMatchObject({ code: 'provincial_line_not_loaded' });
  });

  it('a national lookup still works in `line` (March 2023 national line Rp 550,458)', () => {
    expect(classifyByPovertyLine(500_000, { line: { date: '2023-06-30' } }).line).toBe(550_458);
  });

  it('the classifier and measures modules do not import the provincial tables', () => {
    const src = (f: string) =>
      readFileSync(new URL(`../../src/poverty/${f}`, import.meta.url), 'utf8');
    for (const f of ['line-option.ts', 'national-lines.ts', 'bands.ts', 'measures.ts']) {
      expect(src(f)).not.toMatch(/from '\.\/(provincial-lines|lines|data\/provincial)\.js'/);
    }
  });
});
