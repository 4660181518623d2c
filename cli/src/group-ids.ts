/**
 * Group keys of `poverty` numbered in order of first appearance: a cell's key is its text trimmed
 * (`String#trim`), and a blank key has none. The usual key (a kabupaten or desa code, at most
 * {@link SHORT} printable ASCII characters with no space at either end) is looked up by a number made
 * of its character codes, not by its text: a fresh string from the parser is hashed on every lookup,
 * a number is not, and this was the costliest step per row after the parser
 * (docs/benchmarks.md, "The command at national scale"). Every other key is looked up by its trimmed
 * text. tests/cli/group-ids.test.ts proves with fast-check that the numbering is the one a `Map` of
 * the trimmed texts gives.
 */

/** Characters of a key looked up by number at most: 7 x 7 bits, exact in a double. */
const SHORT = 7;

/**
 * The number of a short printable ASCII key needing no trim (character codes 33..126 at both ends,
 * 32..126 inside), each character a base-128 digit that is never 0 (so keys of different lengths
 * differ); -1 for any other text.
 */
export function shortKeyCode(text: string): number {
  const n = text.length;
  if (n === 0 || n > SHORT) return -1;
  let code = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return -1;
    code = code * 128 + c;
  }
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return -1;
  return code;
}

/** Numbers the groups of one chunk. */
export class GroupIds {
  /** The keys, by number. */
  readonly keys: string[] = [];
  private readonly byCode = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  /** A cell's group number (a new key gets the next one), or -1 for a blank or non-text cell. */
  idOf(raw: unknown): number {
    if (typeof raw !== 'string') return -1;
    const code = shortKeyCode(raw);
    if (code >= 0) {
      const id = this.byCode.get(code);
      return id === undefined ? this.add(raw, code) : id;
    }
    const key = raw.trim();
    if (key === '') return -1;
    // A key that trims to a short one is the same group as that key written without spaces.
    const trimmedCode = key === raw ? -1 : shortKeyCode(key);
    if (trimmedCode >= 0) {
      const id = this.byCode.get(trimmedCode);
      return id === undefined ? this.add(key, trimmedCode) : id;
    }
    const id = this.byText.get(key);
    return id === undefined ? this.add(key, -1) : id;
  }

  private add(key: string, code: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    if (code >= 0) this.byCode.set(code, id);
    else this.byText.set(key, id);
    return id;
  }
}
