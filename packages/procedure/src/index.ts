// The legal clock (L. 241/1990) and the life of a pratica: pure functions, "now" is always an argument.
export type {
  Calendar,
  ConcludedEvent,
  Deadline,
  DeadlineJson,
  Holiday,
  IsoDate,
  Moment,
  PositiveReason,
  Pratica,
  PraticaEvent,
  PraticaEventType,
  PraticaStatus,
  PresentedEvent,
  ReassignedEvent,
  Result,
  SimpleEvent,
  SimpleEventType,
} from './types';
export { addDays, dayOfWeek, daysBetween, isIsoDate } from './dayNumber';
export { compareMoments, isMoment, romeDate } from './romeDate';
export { easterSunday } from './easterSunday';
export { holidaysOfYear, isPatronDay, SAN_FRANCESCO_FROM_YEAR } from './holidaysOfYear';
export { isHoliday } from './isHoliday';
export { isWorkingDay } from './isWorkingDay';
export { nextWorkingDay } from './nextWorkingDay';
export { workingDayOnOrAfter } from './workingDayOnOrAfter';
export { dueDateFor } from './dueDateFor';
export { INTEGRATION_MAX_DAYS, PREAVVISO_DAYS } from './suspensionsOf';
export { deadline } from './deadline';
export { DEFAULT_TERM_DAYS, openPratica } from './openPratica';
export type { OpenPraticaError, OpenPraticaInput } from './openPratica';
export { applyEvent } from './applyEvent';
export type { ApplyEventError, ApplyEventErrorCode } from './transitionRules';
export { praticaState } from './praticaState';
export type { PraticaState } from './praticaState';
export { timeline } from './timeline';
export type { Responsible, Timeline, TimelineEntry } from './timeline';
export { STATUS_LABELS, statusLabel } from './timelineTexts';
export { formatDateEn, STATUS_LABELS_EN } from './timelineTextsEn';
export { timelineWords } from './timelineWords';
export { statusWords } from './statusWords';
export type { TimelineLang, TimelineWords } from './timelineWords';
export { formatDateIt } from './formatDateIt';
export { deadlineFromCaseFile } from './deadlineFromCaseFile';
export type { CaseFileError } from './deadlineFromCaseFile';
export { followUpsFor, isFollowUpFor, RATING_COMMENT_MAX_LENGTH, RATING_FOLLOW_UPS } from './serviceRating';
export type { RatingFollowUp } from './serviceRating';
