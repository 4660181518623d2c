// One language per run: Indonesian by default, English with `--lang en` (`npm run demo -- --lang en`).
// Money, percentages and dates are printed one way, by the library's own formatters; categories by
// their labels (`labelOf`), never by their codes.
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  type Label,
  labelOf,
} from 'sejahtera';

export type Lang = 'id' | 'en';

function readLang(args: readonly string[]): Lang {
  const at = args.indexOf('--lang');
  const value =
    at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  if (value === undefined) return 'id';
  if (value === 'id' || value === 'en') return value;
  throw new Error(`--lang must be "id" or "en", not ${JSON.stringify(value)}`);
}

/** The language of this run. */
export const lang: Lang = readLang(process.argv.slice(2));

/** The sentence in this run's language. */
export const t = (id: string, en: string): string => (lang === 'id' ? id : en);

/** Rupiah as Intl formats them for the language (`Rp 1.234.567` / `Rp 1,234,567`). */
export const rp = (amount: number): string => formatRupiah(amount, { locale: lang });

/** A ratio (0.6339) as a percentage with `digits` decimals (`63,39%` / `63.39%`). */
export const pct = (ratio: number, digits = 2): string =>
  formatPercent(ratio, { locale: lang, digits });

/** A percentage value (63.39) as a percentage with `digits` decimals. */
export const pctOf = (percent: number, digits = 2): string => pct(percent / 100, digits);

/** A number with `digits` decimals, in the language's notation. */
export const num = (value: number, digits = 0): string =>
  formatNumber(value, { locale: lang, digits });

/** A calendar date in words (`31 Januari 2024` / `31 January 2024`). */
export const date = (day: string): string => formatDate(day, { locale: lang });

/** The label of a code from one of the library's label tables. */
export const labelIn = <const T extends Readonly<Record<string, Label>>>(
  labels: T,
  code: keyof T & string,
): string => labelOf(labels, code, { locale: lang });

/** A label object in this run's language. */
export const say = (label: Label): string => label[lang];
