// Issue 11: the revolving-fund stages name their error contexts from a small map of their own
// (_internal/stage-kit.ts) instead of the library-wide table, so their bundles do not carry that table.
// The names are written in both places, so this checks that they agree, and that an error raised
// through the stage's form is the one the core's validationError builds.
import { describe, expect, it } from 'vitest';
import { createIssue, validationError } from '../../src/core/index.js';
import { REVOLVING_FUND_CONTEXTS, invalid } from '../../src/_internal/stage-kit.js';
import { libraryContext } from '../../src/_internal/context-id.js';
import { kolektibilitasMessages } from '../../src/revolving-fund/index.js';

describe('the revolving-fund context names', () => {
  it('every name is the library-wide table name', () => {
    for (const [en, id] of Object.entries(REVOLVING_FUND_CONTEXTS)) {
      expect(libraryContext(en)).toEqual({ en, id });
    }
  });

  it('invalid is validationError for those contexts (message in both languages, catalogue)', () => {
    const issues = [
      createIssue('invalid_collateral', ['collateralValue'], {}, {}, kolektibilitasMessages),
    ];
    for (const context of ['assessment options', 'loan record', 'arrears', 'provision', 'batch']) {
      for (const options of [{}, { catalog: kolektibilitasMessages, locale: 'id' as const }]) {
        const a = invalid(issues, context, options);
        const b = validationError(issues, context, options);
        expect([a.name, a.message, a.messages, a.params, a.issues]).toEqual([
          b.name,
          b.message,
          b.messages,
          b.params,
          b.issues,
        ]);
      }
    }
    // Worked by hand: the Indonesian name of 'assessment options'.
    expect(invalid(issues, 'assessment options').messages.id).toMatch(
      /^opsi penilaian tidak valid/,
    );
  });
});
