// Calendar arithmetic on plain integers (proleptic Gregorian), so that no result depends on the
// machine's time zone. Epoch day 0 is 1970-01-01.

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] as number);
}

/** Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil). */
export function epochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of an epoch day. */
export function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

export function formatYmd(y: number, m: number, d: number): string {
  const ys = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${ys}-${PAD2[m]}-${PAD2[d]}`;
}

/** Reads YYYY-MM-DD into [y, m, d] when it is a real date in 0001..9999, else undefined. */
export function readYmd(s: string): [number, number, number] | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return undefined;
  return [y, m, d];
}

/** y-m-d plus n months, clamped to the end of the target month. */
export function addMonthsYmd(y: number, m: number, d: number, n: number): [number, number, number] {
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const len = monthLength(ny, nm);
  return [ny, nm, Math.min(d, len)];
}
