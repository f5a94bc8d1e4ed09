export { StepIndicator } from './StepIndicator';
export type { StepIndicatorProps } from './StepIndicator';
export { GuidedForm } from './flow/GuidedForm';
export type { GuidedFormProps } from './flow/GuidedForm';
export { StepForm } from './flow/StepForm';
export type { StepFormProps } from './flow/StepForm';
export { Summary } from './flow/Summary';
export { Confirmation } from './flow/Confirmation';
export { Rating } from './flow/Rating';
export type { RatingAnswer } from './flow/Rating';
export { ExitPage } from './flow/ExitPage';
export { ErrorSummary } from './flow/ErrorSummary';
export { theme, widgets, fields } from './theme/theme';
export { templates } from './theme/templates';
export { stepSchema, themedUi } from './model/stepSchema';
export { conditionValidator } from './model/conditionValidator';
export type { AnswerError, AnswerValidator } from './model/AnswerValidator';
export { visibleFields, pruneHidden, computeFees, triggeredExit } from './model/modelAdapter';
export { ApiError } from './api/ModuloApi';
export type {
  ModuloApi,
  PublishedModule,
  Identity,
  Draft,
  FiledPratica,
  UploadedFile,
  PraticaSummary,
} from './api/ModuloApi';
export { memoryApi } from './api/memoryApi';
export { messages } from './messages';
export { formatEuro, parseEuro } from './theme/widgets/euro';
