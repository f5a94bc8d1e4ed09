import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { embedAssets } from './embedAssets';

function dist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'embed-'));
  writeFileSync(join(dir, 'modulo-embed.js'), 'export {};');
  writeFileSync(join(dir, 'modulo.css'), ':host{}');
  mkdirSync(join(dir, 'fonts'));
  writeFileSync(join(dir, 'fonts', 'a.woff2'), 'x');
  writeFileSync(join(dir, 'secret.txt'), 'no');
  return dir;
}

describe('embedAssets', () => {
  const app = new Hono().route('/embed', embedAssets(dist()));

  it('serves the script, CSS and fonts with their types and CORS for other origins', async () => {
    const js = await app.request('/embed/modulo-embed.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('access-control-allow-origin')).toBe('*');
    expect(js.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await js.text()).toBe('export {};');
    expect((await app.request('/embed/modulo.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await app.request('/embed/fonts/a.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('refuses other files and paths outside dist', async () => {
    expect((await app.request('/embed/secret.txt')).status).toBe(404);
    expect((await app.request('/embed/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const missing = await app.request('/embed/nope.js');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
