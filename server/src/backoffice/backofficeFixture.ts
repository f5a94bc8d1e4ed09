// Test helper: the real app on a SQLite file with authFixture's entes, pratiche and sessions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authFixture } from '../testing/authFixture';

/** A response body, read loosely by the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests index into JSON answers
export type Body = Record<string, any>;

/** A tiny but real PDF (its magic bytes are what the upload checks). */
export const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * borgo (URP: oscar; Tributi: tina, the named responsible of every fixture pratica; admin ada)
 * and altro; pratiche filed on Mon 2 March 2026 (30 days: due Wed 1 April); the clock starts
 * on 4 March and the test moves it.
 */
export async function backofficeFixture() {
  const file = join(mkdtempSync(join(tmpdir(), 'modulo-bo-')), 'modulo.sqlite');
  const store = openSqliteStore(file);
  const { pratiche, actors } = await authFixture(store);
  const clock = { now: new Date('2026-03-04T09:00:00Z') };
  const app = createApp({ store, now: () => clock.now, config: { publicUrl: 'https://modulo.example.it' } });
  const send = async (actor: string, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { ...actors[actor] };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as Body };
  };
  const upload = async (actor: string, path: string) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { ...actors[actor], 'x-filename': 'provvedimento.pdf', 'content-type': 'application/pdf' },
      body: PDF,
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  return { store, file, app, clock, pratiche, actors, send, upload };
}
