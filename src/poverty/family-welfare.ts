import { deepFreeze } from '../_internal/freeze.js';
import { describeType, type Issue, type Label } from '../core/index.js';
import { configurationError, guarded, invalid, povertyIssue } from './issues.js';
import { checkOptionKeys, optionKeys } from '../_internal/options.js';
import {
  FAMILY_WELFARE_VERSIONS,
  type FamilyWelfareVersion,
  type FamilyWelfareVersionName,
  type IndicatorStage,
} from './data/family-welfare-indicators.js';

export {
  FAMILY_WELFARE_VERSIONS,
  type FamilyWelfareIndicator,
  type FamilyWelfareVersion,
  type FamilyWelfareVersionName,
  type IndicatorStage,
} from './data/family-welfare-indicators.js';

/**
 * BKKBN family welfare stages (tahapan keluarga sejahtera), lowest first.
 *
 * @category Family welfare
 */
export type FamilyWelfareStage = 'pra_sejahtera' | 'ks1' | 'ks2' | 'ks3' | 'ks3_plus';

/**
 * Indonesian and English names of the stages.
 *
 * @category Family welfare
 * @example
 * FAMILY_WELFARE_STAGE_LABELS.ks3_plus.id
 * //=> 'Keluarga Sejahtera III Plus'
 */
export const FAMILY_WELFARE_STAGE_LABELS = {
  pra_sejahtera: { id: 'Keluarga Pra Sejahtera', en: 'Pre-prosperous family' },
  ks1: { id: 'Keluarga Sejahtera I', en: 'Prosperous family I' },
  ks2: { id: 'Keluarga Sejahtera II', en: 'Prosperous family II' },
  ks3: { id: 'Keluarga Sejahtera III', en: 'Prosperous family III' },
  ks3_plus: { id: 'Keluarga Sejahtera III Plus', en: 'Prosperous family III Plus' },
} as const satisfies Record<FamilyWelfareStage, Label>;
deepFreeze(FAMILY_WELFARE_STAGE_LABELS);

/**
 * Answers to the indicators: `true` = met, `false` = not met, `null`/`undefined`/absent = not asked
 * (reported as missing, never assumed). One of: an array in BKKBN order (index 0 = indicator 1); an
 * object keyed by indicator id or by its BKKBN number (`'1'`..`'21'`); or an object grouped by stage
 * (`{ ks1: [...], ks2: [...], ks3: [...], ks3_plus: [...] }`, each array in BKKBN order).
 *
 * @category Family welfare
 */
export type FamilyWelfareAnswers =
  | Readonly<Record<string, boolean | null | undefined>>
  | Readonly<Partial<Record<IndicatorStage, readonly (boolean | null | undefined)[]>>>
  | readonly (boolean | null | undefined)[];

/**
 * Options of {@link classifyFamilyWelfare}.
 *
 * @category Family welfare
 */
export interface ClassifyFamilyWelfareOptions {
  /** Which indicator list (default `'bkkbn-21'`). */
  version?: FamilyWelfareVersionName | undefined;
}

const FAMILY_WELFARE_KEYS = optionKeys<ClassifyFamilyWelfareOptions>()({ version: true });

/**
 * What {@link classifyFamilyWelfare} returns.
 *
 * @category Family welfare
 */
export interface FamilyWelfareResult {
  /** The stage, or `null` when missing answers leave it open (see `possibleStages`). */
  readonly stage: FamilyWelfareStage | null;
  /** Every stage the family could be in given the answers (one element when `stage` is known). */
  readonly possibleStages: readonly FamilyWelfareStage[];
  /** Ids of the indicators answered `false`, in BKKBN order. */
  readonly failed: readonly string[];
  /** Ids of the indicators without an answer, in BKKBN order. */
  readonly missing: readonly string[];
  /** The version used. */
  readonly version: FamilyWelfareVersionName;
}

const STAGE_ORDER = ['ks1', 'ks2', 'ks3', 'ks3_plus'] as const;
const BELOW: Record<IndicatorStage, FamilyWelfareStage> = {
  ks1: 'pra_sejahtera',
  ks2: 'ks1',
  ks3: 'ks2',
  ks3_plus: 'ks3',
};
const GROUP_KEYS = ['ks1', 'ks2', 'ks3', 'ks3_plus', 'ks3plus'] as const;
const VERSION_NAMES = Object.keys(FAMILY_WELFARE_VERSIONS) as FamilyWelfareVersionName[];

/**
 * Classifies a family into a BKKBN welfare stage from indicator answers. Pra Sejahtera fails any KS I
 * indicator; KS n meets every indicator of stages KS I..n and fails at least one of stage n+1; KS III
 * Plus meets them all. Missing answers are reported (`missing`) and never assumed: when they could
 * change the stage, `stage` is `null` and `possibleStages` lists the candidates. Source: BKKBN
 * indicator lists, see {@link FAMILY_WELFARE_VERSIONS} (wording unconfirmed).
 *
 * @category Family welfare
 * @throws {@link ValidationError} when answers are not an object or array, an answer is not
 * true/false/null/undefined (`invalid_answer`), a key is not an indicator of the version
 * (`unknown_indicator`), or an indicator is answered by id and by number with different values
 * (`conflicting_answer`).
 * @throws {@link ConfigurationError} (`unknown_version`) for an unknown version.
 * @example
 * const answers = Array.from({ length: 21 }, (_, k) => k < 14); // meets KS I and KS II only
 * classifyFamilyWelfare(answers, { version: 'bkkbn-21' }).stage
 * //=> 'ks2'
 */
export function classifyFamilyWelfare(
  answers: FamilyWelfareAnswers,
  options: ClassifyFamilyWelfareOptions = {},
): FamilyWelfareResult {
  return guarded('family welfare answers', () => {
    const versionName = readVersionName(options);
    const version = FAMILY_WELFARE_VERSIONS[versionName] as FamilyWelfareVersion;
    const tally = tallyAnswers(version, readAnswers(answers, version));
    const { stages, open } = possibleStagesOf(tally);
    return {
      stage: open ? null : (stages[0] as FamilyWelfareStage),
      possibleStages: stages,
      failed: tally.failed,
      missing: tally.missing,
      version: versionName,
    };
  });
}

function readVersionName(options: ClassifyFamilyWelfareOptions): FamilyWelfareVersionName {
  const opts = options ?? {};
  if (typeof opts !== 'object')
    throw configurationError('unknown_version', { allowed: VERSION_NAMES.join(', ') });
  checkOptionKeys(opts, FAMILY_WELFARE_KEYS, 'classifyFamilyWelfare');
  const versionName = opts.version ?? 'bkkbn-21';
  if (typeof versionName !== 'string' || !Object.hasOwn(FAMILY_WELFARE_VERSIONS, versionName)) {
    throw configurationError('unknown_version', { allowed: VERSION_NAMES.join(', ') }, ['version']);
  }
  return versionName;
}

interface Tally {
  readonly failed: string[];
  readonly missing: string[];
  /** Per stage: does it have a failure? a missing answer? */
  readonly hasFail: Record<IndicatorStage, boolean>;
  readonly hasMissing: Record<IndicatorStage, boolean>;
}

function tallyAnswers(
  version: FamilyWelfareVersion,
  values: readonly (boolean | undefined)[],
): Tally {
  const tally: Tally = {
    failed: [],
    missing: [],
    hasFail: { ks1: false, ks2: false, ks3: false, ks3_plus: false },
    hasMissing: { ks1: false, ks2: false, ks3: false, ks3_plus: false },
  };
  version.indicators.forEach((ind, k) => {
    const a = values[k];
    if (a === undefined) {
      tally.missing.push(ind.id);
      tally.hasMissing[ind.stage] = true;
    } else if (a === false) {
      tally.failed.push(ind.id);
      tally.hasFail[ind.stage] = true;
    }
  });
  return tally;
}

/**
 * Walks the stages: the family is at most the stage below the first failing stage, and at least the
 * stage below the first stage not proven (failed or missing); a missing answer before the first
 * failure leaves the stage open.
 */
function possibleStagesOf(tally: Tally): { stages: FamilyWelfareStage[]; open: boolean } {
  const possible: FamilyWelfareStage[] = [];
  let decided = false;
  let open = false;
  for (const s of STAGE_ORDER) {
    if (tally.hasFail[s]) {
      possible.push(BELOW[s]);
      decided = true;
      break;
    }
    if (tally.hasMissing[s]) {
      possible.push(BELOW[s]);
      open = true;
    }
  }
  if (!decided) possible.push('ks3_plus');
  return { stages: [...new Set(possible)], open };
}

/** Where readers put the answers they read and the issues they found. */
interface AnswerSink {
  readonly out: (boolean | undefined)[];
  readonly issues: Issue[];
}

/** An answer: true/false, undefined for not asked, or `'bad'` (an issue is recorded). */
function checkAnswer(
  sink: AnswerSink,
  value: unknown,
  path: (string | number)[],
): boolean | undefined | 'bad' {
  if (value === true || value === false) return value;
  if (value === null || value === undefined) return undefined;
  sink.issues.push(povertyIssue('invalid_answer', path));
  return 'bad';
}

function readAnswers(answers: unknown, version: FamilyWelfareVersion): (boolean | undefined)[] {
  const n = version.indicators.length;
  const sink: AnswerSink = { out: new Array(n).fill(undefined), issues: [] };
  if (Array.isArray(answers)) readListAnswers(answers, sink);
  else if (
    typeof answers === 'object' &&
    answers !== null &&
    Object.keys(answers).some((key) => (GROUP_KEYS as readonly string[]).includes(key))
  ) {
    readGroupedAnswers(answers as Record<string, unknown>, version, sink);
  } else if (typeof answers === 'object' && answers !== null) {
    readKeyedAnswers(answers as Record<string, unknown>, version, sink);
  } else {
    sink.issues.push(
      povertyIssue('invalid_type', [], {
        expected: 'object or array',
        received: describeType(answers),
      }),
    );
  }
  if (sink.issues.length > 0) invalid(sink.issues, 'family welfare answers');
  return sink.out;
}

/** An array in BKKBN order (index 0 = indicator 1). */
function readListAnswers(answers: readonly unknown[], sink: AnswerSink): void {
  const n = sink.out.length;
  if (answers.length > n) {
    sink.issues.push(povertyIssue('too_big', [], { maximum: n, origin: 'array', inclusive: true }));
    return;
  }
  for (let k = 0; k < answers.length; k++) {
    const r = checkAnswer(sink, answers[k], [k]);
    if (r !== 'bad') sink.out[k] = r;
  }
}

/** Grouped by stage: `{ ks1: [...], ks2: [...], ks3: [...], ks3_plus: [...] }`, each in BKKBN order. */
function readGroupedAnswers(
  grouped: Readonly<Record<string, unknown>>,
  version: FamilyWelfareVersion,
  sink: AnswerSink,
): void {
  for (const key of Object.keys(grouped)) {
    if (!(GROUP_KEYS as readonly string[]).includes(key)) {
      sink.issues.push(povertyIssue('unknown_indicator', [key.slice(0, 60)]));
    }
  }
  for (const stage of STAGE_ORDER) {
    const list = grouped[stage] ?? (stage === 'ks3_plus' ? grouped.ks3plus : undefined);
    if (list === undefined || list === null) continue;
    const positions = version.indicators.flatMap((ind, k) => (ind.stage === stage ? [k] : []));
    if (!Array.isArray(list) || list.length > positions.length) {
      sink.issues.push(
        povertyIssue('invalid_type', [stage], {
          expected: `an array of at most ${positions.length} answers`,
          received: Array.isArray(list) ? 'longer array' : describeType(list),
        }),
      );
      continue;
    }
    list.forEach((value: unknown, j: number) => {
      const r = checkAnswer(sink, value, [stage, j]);
      if (r !== 'bad') sink.out[positions[j] as number] = r;
    });
  }
}

/** Keyed by indicator id or by BKKBN number (`'1'`..`'21'`); id and number must agree. */
function readKeyedAnswers(
  answers: Readonly<Record<string, unknown>>,
  version: FamilyWelfareVersion,
  sink: AnswerSink,
): void {
  const n = version.indicators.length;
  const byId = new Map<string, number>(version.indicators.map((ind, k) => [ind.id, k]));
  const seen = new Map<number, boolean | undefined>();
  for (const key of Object.keys(answers)) {
    let k = byId.get(key);
    if (k === undefined && /^[1-9]\d?$/.test(key) && Number(key) <= n) k = Number(key) - 1;
    if (k === undefined) {
      sink.issues.push(povertyIssue('unknown_indicator', [key.slice(0, 60)]));
      continue;
    }
    const r = checkAnswer(sink, answers[key], [key.slice(0, 60)]);
    if (r === 'bad') continue;
    if (seen.has(k) && seen.get(k) !== r) {
      sink.issues.push(povertyIssue('conflicting_answer', [version.indicators[k]?.id ?? key]));
      continue;
    }
    seen.set(k, r);
    if (r !== undefined) sink.out[k] = r;
  }
}
