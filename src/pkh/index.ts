/**
 * `sejahtera/pkh`: Program Keluarga Harapan (PKH), the conditional cash transfer. Benefits by year
 * from the indeks bantuan (components, fixed family amounts, the cap of persons per family, exact
 * payment stages), with a columnar fast path for millions of families; commitments (kewajiban) and
 * their verification with consequences (penangguhan, pembatalan); P2K2 family development sessions
 * (modules, attendance, group sizes and pendamping workload); graduation (graduasi) rule sets; and
 * which DTSEN desil each program serves. Every figure carries its source and whether it is confirmed.
 *
 * @packageDocumentation
 * @module sejahtera/pkh
 */
export {
  PKH_CAP_ORDER,
  type PkhBenefit,
  type PkhBenefitOptions,
  type PkhCapOrder,
  type PkhCountedPerson,
  type PkhExcludedPerson,
  type PkhFamily,
  PkhFamilySchema,
  type PkhFixedPaid,
  type PkhPerson,
  PkhPersonSchema,
  type PkhStageAmount,
  pkhBenefit,
} from './benefit.js';
export { pkhBenefits } from './benefit-batch.js';
export {
  type PkhBenefitColumns,
  type PkhBenefitColumnsInput,
  type PkhBenefitColumnsOptions,
  pkhBenefitColumns,
} from './benefit-columns.js';
export {
  PKH_COMMITMENT_RULES,
  PKH_CONSEQUENCE_LABELS,
  PKH_CONSEQUENCE_RULES,
  type PkhCommitment,
  type PkhCommitmentCheck,
  type PkhCommitmentRecord,
  PkhCommitmentRecordSchema,
  type PkhCommitmentRule,
  type PkhCommitmentRules,
  type PkhConsequence,
  type PkhConsequenceRules,
  type PkhFamilyCommitment,
  type PkhFamilyCommitmentResult,
  PkhFamilyCommitmentSchema,
  type VerifyCommitmentsOptions,
  verifyFamilyCommitments,
  verifyPersonCommitment,
} from './commitments.js';
export {
  PKH_COMPONENT_INFO,
  PKH_COMPONENTS,
  type PkhComponent,
  type PkhComponentGroup,
  type SourcedFigure,
} from './components.js';
export {
  type CheckDesilOptions,
  checkDesilEligibility,
  type DesilEligibility,
  DTSEN_PROGRAM_DESIL,
  DTSEN_PROGRAMS,
  type DtsenProgram,
  type DtsenProgramTarget,
  programsForDesil,
} from './dtsen.js';
export {
  type AssessGraduationOptions,
  assessGraduation,
  defineGraduationRuleSet,
  PKH_GRADUATION_RULE_SETS,
  type PkhGraduationInput,
  PkhGraduationInputSchema,
  type PkhGraduationKind,
  type PkhGraduationPresetName,
  type PkhGraduationResult,
  type PkhGraduationRules,
  type PkhGraduationRuleSet,
  PkhGraduationRuleSetSchema,
} from './graduation.js';
export {
  PKH_INDEKS,
  type PkhFixedAmounts,
  type PkhIndeks,
  pkhIndeksAt,
} from './indeks.js';
export { type PkhIssueCode, type PkhReason, pkhMessages } from './issues.js';
export {
  type P2k2AttendanceSummary,
  type P2k2FamilyAttendance,
  type P2k2Group,
  P2k2GroupSchema,
  type P2k2SessionAttendance,
  type SummarizeP2k2Options,
  summarizeP2k2Attendance,
} from './p2k2/attendance.js';
export {
  P2K2_FIGURES,
  P2K2_MODULES,
  type P2k2Figures,
  type P2k2Module,
  type P2k2Session,
} from './p2k2/modules.js';
export {
  type P2k2GroupPlan,
  type P2k2PlanOptions,
  type P2k2Workload,
  p2k2Workload,
  planP2k2Groups,
} from './p2k2/workload.js';
