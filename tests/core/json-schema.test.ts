import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { collectJsonSchemas } from '../../scripts/json-schemas.mjs';
import * as sejahtera from '../../src/index.js';

describe('JSON Schema export', () => {
  const schemas = collectJsonSchemas(sejahtera) as Map<string, Record<string, unknown>>;

  it('converts every exported zod schema', () => {
    // Factories such as createRupiahTextSchema end in Schema too, but are functions, not schemas.
    const exported = Object.keys(sejahtera).filter(
      (k) =>
        k.endsWith('Schema') && typeof (sejahtera as Record<string, unknown>)[k] !== 'function',
    );
    expect(schemas.size).toBe(exported.length);
    expect(schemas.size).toBeGreaterThan(5);
  });

  it('describes rupiah as a non-negative integer and dates as YYYY-MM-DD', () => {
    expect(schemas.get('Rupiah')).toMatchObject({ type: 'integer', minimum: 0 });
    expect(schemas.get('CalendarDate')).toMatchObject({ type: 'string', format: 'date' });
    expect(String(schemas.get('CalendarDate')?.pattern)).toContain('\\d{4}');
  });
});
