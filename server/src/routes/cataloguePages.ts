import { Hono } from 'hono';
import { ApiError } from '../errors';
import { cataloguePage } from '../pages/cataloguePage';
import { pageContext } from '../pages/lang';
import { modulePage } from '../pages/modulePage';
import type { ModuleSource } from './modulesApi';

/** The human catalogue: the list of modules and one page per module, in Italian or (`?lang=en`) English. */
export function cataloguePages(source: ModuleSource, now: () => Date) {
  return new Hono()
    .get('/', (c) => c.html(cataloguePage(pageContext(c.req.url, c.req.query('lang')), source.list())))
    .get('/modules/:id', (c) => {
      const m = source.get(c.req.param('id'));
      if (!m) throw new ApiError('module_not_found', 'Modulo non trovato.', 'Module not found.');
      return c.html(modulePage(pageContext(c.req.url, c.req.query('lang')), m, now()));
    });
}
