// The rules of an instrument definition, once: the limits the public schema (instrument.ts) and the
// library's own reader (instrument-reader.ts) both check, and the cross-field rule both run. A
// fast-check property (tests/tridaya/instrument-reader.test.ts) proves the two accept the same
// definitions with the same issues and output.

/** The three dayas of P2KP's Tridaya (re-exported as `DAYAS` by instrument.ts). */
export const DAYA_NAMES = ['sosial', 'ekonomi', 'lingkungan'] as const;

/** Largest scale value accepted (keeps every sum of answers an exact integer). */
export const MAX_SCALE = 1_000_000;
/** Largest item weight accepted. */
export const MAX_WEIGHT = 1_000_000;
/** Length limits: ids, the name, an item's text, the number of items and of declared dayas. */
export const LIMITS = {
  id: 200,
  name: 500,
  text: 5000,
  items: 10_000,
  dayas: 3,
} as const;

/** What the cross-field rule reads of a definition whose fields have the right types. */
export interface DefinitionShape {
  readonly scale: { readonly min: number; readonly max: number };
  readonly items: readonly { readonly id: string; readonly daya: string }[];
  readonly dayas?: readonly string[] | undefined;
}

/** Reports one cross-field problem: its path and params (`code` among them). */
export type Report = (path: (string | number)[], params: Record<string, unknown>) => void;

/**
 * The cross-field rule of a definition: min < max; item ids unique; every declared daya has an item
 * and no item uses an undeclared one. Runs only on a definition whose fields have the right types.
 */
export function checkInstrument(value: DefinitionShape, report: Report): void {
  if (value.scale.min >= value.scale.max) {
    report(['scale'], { code: 'invalid_scale', min: value.scale.min, max: value.scale.max });
  }
  const seen = new Set<string>();
  value.items.forEach((item, i) => {
    if (seen.has(item.id)) {
      report(['items', i, 'id'], { code: 'duplicate_item_id', itemId: item.id.slice(0, 60) });
    }
    seen.add(item.id);
  });
  if (value.dayas === undefined) return;
  const declared = new Set(value.dayas);
  for (const daya of declared) {
    if (!value.items.some((item) => item.daya === daya)) {
      report(['dayas'], { code: 'daya_without_items', daya });
    }
  }
  value.items.forEach((item, i) => {
    if (!declared.has(item.daya))
      report(['items', i, 'daya'], { code: 'daya_not_declared', daya: item.daya });
  });
}
