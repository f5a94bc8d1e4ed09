import type { Module } from '@modulo/form-model';
import { dueDateFor, romeDate } from '@modulo/procedure';
import type { Calendar } from '@modulo/procedure';
import { formatDate } from './lang';
import type { Lang } from './uiTexts';

/** What the module page promises a citizen who files now: the filing day and the due date. */
export function dueDateIfFiledNow(module: Module, now: Date, calendar: Calendar = {}, lang: Lang = 'it') {
  const filed = romeDate(now.toISOString());
  const due = dueDateFor(filed, module.procedure.termDays, 0, calendar);
  return { filed, due, filedText: formatDate(filed, lang), dueText: formatDate(due, lang) };
}
