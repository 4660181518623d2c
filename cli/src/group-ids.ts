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

/** Slots of a new code table (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1024;

/**
 * Numbers the groups of one chunk; `clear()` readies it for the next chunk (one per thread: a new one
 * per chunk made its two code tables again, from 1,024 slots grown to 2,048 for the national file's
 * 514 kabupaten, and a run of 10 M rows spent about 35 ms more in the young-generation collector,
 * measured with `--trace-gc-nvp` over the chunks read alone).
 */
export class GroupIds {
  /** The keys, by number (a new array after each `clear()`: the chunk's result keeps the old one). */
  keys: string[] = [];
  /**
   * Short keys by code, in an open-addressing table (linear probing): `codes[i]` a key's code (0 for
   * an empty slot: no code is 0), `numbers[i]` its group number. A `Map` of the codes took about
   * 13 ns a lookup (a profile's line ticks over 10 M rows), the costliest line of a row after the
   * parser; with this table and the tally's NaN check (session 11) a chunk's own time fell about 5%.
   */
  private codes = new Float64Array(FIRST_SLOTS);
  /** 32 - log2 of the slots: a hash's top bits pick the first slot. */
  private shift = 32 - Math.log2(FIRST_SLOTS);
  private numbers = new Int32Array(FIRST_SLOTS);
  private shortKeys = 0;
  private readonly byText = new Map<string, number>();

  /** Forgets every key (as a new GroupIds), keeping the code table's size. */
  clear(): void {
    this.keys = [];
    this.codes.fill(0);
    this.shortKeys = 0;
    this.byText.clear();
  }

  /** A cell's group number (a new key gets the next one), or -1 for a blank or non-text cell. */
  idOf(raw: unknown): number {
    if (typeof raw !== 'string') return -1;
    const code = shortKeyCode(raw);
    if (code >= 0) return this.byCode(raw, code);
    const key = raw.trim();
    if (key === '') return -1;
    // A key that trims to a short one is the same group as that key written without spaces.
    const trimmedCode = key === raw ? -1 : shortKeyCode(key);
    if (trimmedCode >= 0) return this.byCode(key, trimmedCode);
    let id = this.byText.get(key);
    if (id === undefined) {
      id = this.add(key);
      this.byText.set(key, id);
    }
    return id;
  }

  /** The number of the short key `key` of code `code` (a new one gets the next number). */
  private byCode(key: string, code: number): number {
    const { codes } = this;
    const mask = codes.length - 1;
    let i = slotOf(code, this.shift);
    for (let c = codes[i] as number; c !== 0; c = codes[i] as number) {
      if (c === code) return this.numbers[i] as number;
      i = (i + 1) & mask;
    }
    const id = this.add(key);
    codes[i] = code;
    this.numbers[i] = id;
    if (++this.shortKeys * 2 > codes.length) this.grow();
    return id;
  }

  /** Doubles the code table. */
  private grow(): void {
    const { codes: old, numbers: oldNumbers } = this;
    const codes = new Float64Array(old.length * 2);
    const numbers = new Int32Array(codes.length);
    const mask = codes.length - 1;
    this.shift--;
    for (let j = 0; j < old.length; j++) {
      const code = old[j] as number;
      if (code === 0) continue;
      let i = slotOf(code, this.shift);
      while (codes[i] !== 0) i = (i + 1) & mask;
      codes[i] = code;
      numbers[i] = oldNumbers[j] as number;
    }
    this.codes = codes;
    this.numbers = numbers;
  }

  private add(key: string): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }
}

/**
 * The first slot of a code (up to 2^49) in a table of 2^(32 - shift) slots: its low and high 32 bits
 * mixed by a multiplicative hash (Knuth's: 2^32 over the golden ratio), whose top bits are taken.
 */
function slotOf(code: number, shift: number): number {
  const low = code | 0;
  const high = (code / 4294967296) | 0;
  return Math.imul(low ^ high, 0x9e3779b1) >>> shift;
}
