import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { designerAssets } from './designerAssets';

function fakeDist() {
  const dir = mkdtempSync(join(tmpdir(), 'designer-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Designer</title>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  return dir;
}

describe('designerAssets', () => {
  const app = new Hono().route('/designer', designerAssets(fakeDist()));

  it('serves index.html for the app and its query', async () => {
    for (const path of [
      '/designer',
      '/designer/',
      '/designer/?template=accesso-atti',
      '/designer/moduli/x',
    ]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<title>Designer</title>');
    }
  });

  it('serves hashed assets with a long cache and the right type', async () => {
    const res = await app.request('/designer/assets/index-abc.js');
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves a file outside dist', async () => {
    const res = await app.request('/designer/..%2F..%2Fetc%2Fpasswd');
    expect(await res.text()).toContain('<title>Designer</title>');
  });

  it('says how to build when there is no build', async () => {
    const empty = new Hono().route('/designer', designerAssets(mkdtempSync(join(tmpdir(), 'none-'))));
    const res = await empty.request('/designer/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('pnpm --filter @modulo/designer build');
  });
});
