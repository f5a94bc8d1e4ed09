export * from './types';
export type { JsonSchema, UiSchema } from './jsonSchema';
export { JSON_SCHEMA_DIALECT } from './jsonSchema';
export type { FieldKind, FieldKindCategory, CompileContext, FieldKindRegistry } from './kinds/FieldKind';
export { prop } from './kinds/FieldKind';
export { closedProps, LOCALIZED_TEXT_SCHEMA } from './kinds/closedProps';
export {
  builtInKinds,
  builtInRegistry,
  createRegistry,
  getFieldKind,
  listFieldKinds,
  registerFieldKind,
} from './kinds/registry';
export { compile, schemaId } from './compile';
export type { CompiledModule, CompileOptions } from './compile';
export { conditionToSchema } from './conditionToSchema';
export { visibleFields, visiblePointers } from './visibleFields';
export { pruneHidden } from './pruneHidden';
export { effectiveConditions } from './visibility';
export type { PlacedField } from './visibility';
export { evaluateCondition, conditionFields } from './evaluateCondition';
export { parseModule } from './parseModule';
export type { ParseOptions } from './parseModule';
export { serialize } from './serialize';
export { migrate } from './migrate';
export { localize } from './localize';
export { walkFields, findField } from './walkFields';
export type { FieldLocation } from './walkFields';
export { sampleSubmission, sampleContext } from './sampleSubmission';
export type { SampleOptions } from './sampleSubmission';
export { validateSubmission, moduleValidator, createAjv } from './validateSubmission';
export type { SubmissionError, ValidateOptions } from './validateSubmission';
export { checkDateRules, romeToday, shiftDate } from './checkDateRules';
export { italianFormats } from './formats';
export { isCodiceFiscale, codiceFiscaleCheckLetter, deOmocodia } from './validators/codiceFiscale';
export { isPartitaIva } from './validators/partitaIva';
export { isIban } from './validators/iban';
export { isCap } from './validators/cap';
export { default as moduleMetaSchema } from './module.schema.json';
export { buildMetaSchema } from './metaSchema';
export * from './ops';
export * from './lint';
export { diffModules } from './diff/diffModules';
export { bumpVersion } from './diff/bumpVersion';
export type { ModuleChange, ModuleChangeKind, ModuleDiff, VersionBump } from './diff/ModuleChange';
export { carryAnswers } from './carry/carryAnswers';
export type { CarriedAnswers, DroppedAnswer, DroppedCode } from './carry/carryAnswers';
export { importJsonSchema } from './import/importJsonSchema';
export type { ImportBlocker, ImportResult, Unmapped } from './import/ImportResult';
export { routeSubmission } from './routeSubmission';
export type { Route } from './routeSubmission';
export { computeFees } from './computeFees';
export type { FeeQuote, FeeQuoteLine, QuotedFee } from './computeFees';
export { triggeredExit } from './triggeredExit';
export type { TriggeredExit } from './triggeredExit';
export { routingCases, routingModule } from './testing/routingCases';
export type { RoutingCase } from './testing/routingCases';
export { feeCases, feeModule } from './testing/feeCases';
export type { FeeCase, ExpectedQuote } from './testing/feeCases';
export { exitCases, exitModule } from './testing/exitCases';
export type { ExitCase } from './testing/exitCases';
export { importFormio } from './import/importFormio';
export { explainError } from './explainError';
