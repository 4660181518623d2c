// The accumulator contract's merge messages are written once (core/accumulator-messages.ts) and
// spread into the poverty and portfolio catalogues; each still names what it would count twice. The
// expected texts are the catalogues' 0.1 wording, written out here by hand.
import { describe, expect, it } from 'vitest';
import { povertyMessages } from '../../src/poverty/index.js';
import { portfolioMessages } from '../../src/revolving-fund/index.js';

describe('accumulator merge messages, one wording for every accumulator', () => {
  it('accumulator_mismatch names the option in both languages, the same in both catalogues', () => {
    for (const catalog of [povertyMessages, portfolioMessages]) {
      expect(catalog.accumulator_mismatch.en({ option: 'groupBy' }, [])).toBe(
        'cannot merge accumulators made with different options: groupBy differs',
      );
      expect(catalog.accumulator_mismatch.id({ option: 'groupBy' }, [])).toBe(
        'akumulator yang dibuat dengan opsi berbeda tidak dapat digabung: groupBy berbeda',
      );
    }
  });

  it('accumulator_already_merged names records (poverty) and loans (portfolio)', () => {
    expect(povertyMessages.accumulator_already_merged.en({}, [])).toBe(
      'this accumulator (or one merged into it) is already counted: merging it again would count its records twice',
    );
    expect(povertyMessages.accumulator_already_merged.id({}, [])).toBe(
      'akumulator ini (atau yang sudah digabung ke dalamnya) sudah terhitung: menggabungkannya lagi akan menghitung datanya dua kali',
    );
    expect(portfolioMessages.accumulator_already_merged.en({}, [])).toBe(
      'this accumulator (or one merged into it) is already counted: merging it again would count its loans twice',
    );
    expect(portfolioMessages.accumulator_already_merged.id({}, [])).toBe(
      'akumulator ini (atau yang sudah digabung ke dalamnya) sudah terhitung: menggabungkannya lagi akan menghitung pinjamannya dua kali',
    );
  });
});
