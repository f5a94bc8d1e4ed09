import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { ASSETS_PREFIX } from './pages/bootstrapItaliaAssets';
import { SECURITY_HEADERS } from './securityHeaders';
import { memoryStore } from './testing/memoryStore';
import { servedOnFreePort } from './testing/serveOnFreePort';

const app = createApp({ store: memoryStore() });
/** A JSON answer, an HTML page, a coded error, a file served as a raw `Response`. */
const PATHS = [
  '/api/modules',
  '/',
  '/api/entes/non-esiste/modules',
  `${ASSETS_PREFIX}/bootstrap-italia.min.css`,
];

function expectSecurityHeaders(headers: Headers, path: string): void {
  for (const [name, value] of SECURITY_HEADERS) expect(headers.get(name), `${name} on ${path}`).toBe(value);
  // The embed's script and styles are loaded by the Comune's site: no CORP.
  expect(headers.get('cross-origin-resource-policy')).toBeNull();
  expect(headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  const served = servedOnFreePort(app);

  it('are on every answer over a real HTTP port (set on Node’s response)', async () => {
    for (const path of PATHS) {
      const res = await fetch(served.base() + path);
      await res.arrayBuffer();
      expect([200, 404]).toContain(res.status);
      expectSecurityHeaders(res.headers, path);
    }
    // A handler's own header and the shared ones are both kept.
    const css = await fetch(`${served.base()}${ASSETS_PREFIX}/bootstrap-italia.min.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('are the same through app.request() (set on the web Response)', async () => {
    for (const path of PATHS) expectSecurityHeaders((await app.request(path)).headers, path);
  });
});
