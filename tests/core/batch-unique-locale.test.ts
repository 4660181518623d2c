import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { validateBatch, validateStream } from '../../src/core/index.js';

// A `unique` key function that throws makes its row `unreadable_row`. That issue is worded like every
// other issue of the batch: in the call's locale, or by the call's own `messages`.
const Row = z.object({ id: z.string() });
const rows = [{ id: 'a' }, { id: 'b' }];
const throwing = () => {
  throw new Error('key function failed');
};
const ID = 'baris tidak dapat dibaca (sebuah properti melempar galat saat diakses)';
const EN = 'the row could not be read (a property threw when accessed)';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('unreadable_row from a throwing unique key follows the call', () => {
  it("validateBatch words it in the call's locale", () => {
    const id = validateBatch(Row, rows, { unique: throwing, locale: 'id' });
    expect(id.rejected.map((r) => [r.index, r.issues[0]?.code, r.issues[0]?.message])).toEqual([
      [0, 'unreadable_row', ID],
      [1, 'unreadable_row', ID],
    ]);
    const en = validateBatch(Row, rows, { unique: throwing, locale: 'en' });
    expect(en.rejected[0]?.issues[0]?.message).toBe(EN);
  });

  it("validateBatch uses the call's messages for it", () => {
    const r = validateBatch(Row, rows, {
      unique: throwing,
      messages: { unreadable_row: () => 'baris rusak' },
    });
    expect(r.rejected[0]?.issues[0]?.message).toBe('baris rusak');
  });

  it("validateStream words it in the call's locale", async () => {
    const records = await collect(validateStream(Row, rows, { unique: throwing, locale: 'id' }));
    expect(records.map((r) => (r.ok ? 'ok' : r.issues[0]?.message))).toEqual([ID, ID]);
  });
});
