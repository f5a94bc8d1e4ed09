import { Hono } from 'hono';
import { deadlineFromCaseFile, holidaysOfYear, isMoment } from '@modulo/procedure';
import { ApiError } from '../errors';
import { readJsonBody } from './readJsonBody';

const PATRON = /^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** The legal calendar and clock for integrators and for the UIs: holidays and deadlines. */
export function procedureApi() {
  return new Hono()
    .get('/calendar/:year', (c) => {
      const year = Number(c.req.param('year'));
      // The holiday list models the calendar in force since 2001 (2 June restored in 2000).
      if (!Number.isInteger(year) || year < 2001 || year > 2200) {
        throw new ApiError(
          'invalid_year',
          'Anno non valido: indica un anno tra 2001 e 2200.',
          'Invalid year: use a year between 2001 and 2200.',
        );
      }
      const patron = c.req.query('patron');
      if (patron !== undefined && !PATRON.test(patron)) {
        throw new ApiError(
          'invalid_patron',
          'Il giorno del santo patrono deve essere nel formato MM-GG, per esempio 06-24.',
          'The patron saint day must be MM-DD, e.g. 06-24.',
        );
      }
      return c.json({ year, patron: patron ?? null, holidays: holidaysOfYear(year, { patron }) });
    })
    .post('/deadline', async (c) => {
      const now = c.req.query('now');
      if (now !== undefined && !isMoment(now)) {
        throw new ApiError(
          'invalid_now',
          'Il parametro "now" deve essere una data AAAA-MM-GG o un istante ISO 8601 con fuso orario.',
          'The "now" parameter must be YYYY-MM-DD or an ISO 8601 instant with an offset.',
        );
      }
      const result = deadlineFromCaseFile(await readJsonBody(c), now);
      if (!result.ok) {
        const { code, message, path, cause } = result.error;
        throw new ApiError(code, message, `Invalid case file at "${path || '/'}" (${code}).`, {
          path,
          details: { path, ...(cause ? { cause } : {}) },
        });
      }
      return c.json(result.value);
    });
}
