import type { Module } from '@modulo/form-model';
import { dueDateFor, formatDateIt, romeDate } from '@modulo/procedure';
import type { Calendar } from '@modulo/procedure';

/** What the module page promises a citizen who files now: the filing day and the due date. */
export function dueDateIfFiledNow(module: Module, now: Date, calendar: Calendar = {}) {
  const filed = romeDate(now.toISOString());
  const due = dueDateFor(filed, module.procedure.termDays, 0, calendar);
  return { filed, due, filedText: formatDateIt(filed), dueText: formatDateIt(due) };
}
