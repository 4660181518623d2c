/**
 * `sejahtera/kpb`: KPB (Kelompok Penghidupan Berkelanjutan), KUBE and KSM eligibility verification.
 * NIK and KK parsing, province codes, rule sets as data (with presets and their sources), member and
 * group verification with every failed rule listed, batches and dashboard summaries.
 *
 * @packageDocumentation
 * @module sejahtera/kpb
 */
export { ageAt } from './age.js';
export {
  type BatchDuplicate,
  type DesaSummary,
  type GroupBatchResult,
  type ReasonCount,
  type SummarizeOptions,
  summarizeVerification,
  type VerificationSummary,
  verifyGroups,
} from './batch.js';
export {
  type Group,
  type GroupInput,
  type GroupMemberVerification,
  GroupSchema,
  type GroupVerification,
  verifyGroup,
} from './group.js';
export { type KpbIssueCode, type KpbReason, kpbMessages } from './issues.js';
export { type KkData, type KkResult, type ParseKkOptions, parseKk } from './kk.js';
export {
  type Member,
  type MemberInput,
  MemberSchema,
  type MemberVerification,
  type VerifyMemberOptions,
  type VerifyOptions,
  verifyMember,
} from './member.js';
export { type NikData, type NikResult, type ParseNikOptions, parseNik, type Sex } from './nik.js';
export { PROVINCES, type Province, type ProvinceTable, provinceName } from './provinces.js';
export {
  createRegistry,
  type KpbRegistry,
  type RegistryEntry,
  type RegistryInput,
} from './registry.js';
export {
  defineRuleSet,
  type GroupRules,
  type KpbPresetName,
  kpbRuleSets,
  type MemberRules,
  type RuleSet,
  type RuleSetInput,
  type RuleSetOverrides,
  RuleSetSchema,
  resolveRuleSet,
} from './rule-set.js';
export { KPB_REASON_LABELS, type KpbReasonCode } from './reason-labels.js';
export {
  GroupTextSchema,
  type GroupText,
  KkSchema,
  MemberTextSchema,
  type MemberText,
  NikSchema,
} from './text.js';
