import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { librarySample, libraryModules } from '@modulo/form-library';
import { seedDemo } from '../../server/src/seed/seedDemo';
import { demoLogin } from '../../server/src/testing/demoLogin';
import type { LoginStack } from '../../server/src/testing/startLoginStack';
import { startLoginStack } from '../../server/src/testing/startLoginStack';
import { tamperDocument } from '../../server/src/testing/tamperDocument';

// The product's spine over real HTTP, with every process real: the demo identity provider
// (oidc-provider) and the server (`main.ts` on a fresh SQLite file) are child processes; the
// browser is `fetch` with a cookie jar (no page is under test here, so no Chromium).
const ENTE = 'montebello';
const MODULE = 'segnalazione-disservizio';
const ADMIN = `/api/entes/${ENTE}/admin/modules/${MODULE}`;
// A real 1×1 PNG: the upload is typed by its magic bytes, not by its name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let stack: LoginStack;
beforeAll(async () => {
  stack = await startLoginStack((store) => seedDemo(store, libraryModules(), new Date()));
}, 90_000);
afterAll(() => stack?.stop());

/** A logged-in actor: its cookie jar and the CSRF token its writes carry. */
async function logIn(query: string, persona: string) {
  const { jar, location } = await demoLogin(stack.server, query, persona);
  expect(location).toBe(`${stack.server}/api/me`);
  const me = (await (await jar.fetch(`${stack.server}/api/me`)).json()) as {
    kind: string;
    csrfToken: string;
    citizen?: { fiscalNumber: string; givenName: string; familyName: string };
  };
  const send = (method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) =>
    jar.fetch(`${stack.server}${path}`, {
      method,
      headers: { 'x-csrf-token': me.csrfToken, ...headers },
      ...(body === undefined ? {} : { body }),
    });
  return { me, jar, send };
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'modulo-receipt-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

interface Filed {
  pratica: {
    code: string;
    module: { version: string };
    protocol: { number: number; year: number; segnatura: string };
    responsible: { name: string };
    deadline: string;
    hash: string;
    attachments: { name: string; mediaType: string; sha256: string }[];
    receiptUrl: string;
    verifyUrl: string;
  };
}

describe('publish → login → upload → file → receipt → verify (real processes)', { timeout: 60_000 }, () => {
  it('runs the whole spine, and refuses a tampered hash and a tampered register', async () => {
    // 1. Staff (the ente admin, through the demo provider) publish a new version.
    const admin = await logIn(`kind=staff&ente=${ENTE}&returnTo=/api/me`, `demo:staff:${ENTE}:mtb-admin`);
    expect(admin.me.kind).toBe('staff');
    const draft = await admin.send('POST', `${ADMIN}/draft`);
    expect(draft.status, await draft.clone().text()).toBe(201);
    const { version } = (await draft.json()) as { version: string };
    expect(version).toBe('1.0.1');
    const published = await admin.send('POST', `${ADMIN}/publish`);
    expect(published.status, await published.clone().text()).toBe(201);
    const current = (await (await fetch(`${stack.server}/api/entes/${ENTE}/modules/${MODULE}`)).json()) as {
      version: string;
    };
    expect(current.version).toBe(version);

    // 2. A citizen logs in at SPID level 2 through the same provider.
    const mario = await logIn(`ente=${ENTE}&returnTo=/api/me&level=2`, 'demo:mario-rossi');
    expect(mario.me.citizen?.fiscalNumber).toBe('RSSMRA80A01H501U');

    // 3. Uploads a photo, named with a bidi trick: stored under a normalised name.
    const up = await mario.send('POST', `/api/entes/${ENTE}/uploads?module=${MODULE}&field=foto`, PNG, {
      'content-type': 'application/octet-stream',
      'x-filename': encodeURIComponent('buca\u202Egnp.exe'),
    });
    expect(up.status, await up.clone().text()).toBe(201);
    const upload = (await up.json()) as { id: string; name: string; type: string; sha256: string };
    expect(upload).toMatchObject({ name: 'bucagnp.exe.png', type: 'image/png' });

    // 4. Files against the new version, with the identity's own data in the read-only fields.
    const { foto: _foto, ...sample } = librarySample(MODULE);
    const answers = {
      ...sample,
      codiceFiscale: mario.me.citizen!.fiscalNumber,
      nome: mario.me.citizen!.givenName,
      cognome: mario.me.citizen!.familyName,
    };
    const body = JSON.stringify({ version, answers, attachments: { foto: [upload.id] } });
    const path = `/api/entes/${ENTE}/modules/${MODULE}/submissions`;
    const json = { 'content-type': 'application/json', 'idempotency-key': 'e2e-1' };
    const res = await mario.send('POST', path, body, json);
    expect(res.status, await res.clone().text()).toBe(201);
    const { pratica } = (await res.json()) as Filed;
    expect(pratica.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(pratica.module.version).toBe(version);
    expect(pratica.protocol.number).toBeGreaterThan(0);
    expect(pratica.attachments).toEqual([
      expect.objectContaining({ name: 'bucagnp.exe.png', mediaType: 'image/png', sha256: upload.sha256 }),
    ]);
    expect(pratica.responsible.name).toMatch(/\S/);
    // A retry is the first answer, not a second protocol number.
    const again = await mario.send('POST', path, body, json);
    expect(((await again.json()) as Filed).pratica.protocol.number).toBe(pratica.protocol.number);

    // 5. The receipt is a PDF whose text names the responsabile, the due date and the hash.
    const receipt = await mario.jar.fetch(`${stack.server}${pratica.receiptUrl}`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toMatch(/^application\/pdf/);
    const text = pdfText(Buffer.from(await receipt.arrayBuffer()));
    expect(text).toContain(`Codice pratica: ${pratica.code}`);
    expect(text).toContain(`Responsabile del procedimento: ${pratica.responsible.name}`);
    expect(text).toContain(`Il procedimento deve concludersi entro il: ${longDate(pratica.deadline)}`);
    expect(text).toContain(String(pratica.protocol.number).padStart(7, '0'));
    const printedHash = /\b[0-9a-f]{64}\b/.exec(text.replace(/SHA-256 [0-9a-f]{64}/g, ''))?.[0];
    expect(printedHash).toBe(pratica.hash);
    // Someone else's session gets no receipt.
    const laura = await logIn('returnTo=/api/me', 'demo:laura-bianchi');
    expect((await laura.jar.fetch(`${stack.server}${pratica.receiptUrl}`)).status).toBe(404);

    // 6. Anyone holding the receipt verifies it, with no session.
    const verify = (hash: string) =>
      fetch(`${stack.server}/api/verify/${pratica.code}?hash=${hash}`).then(
        async (r) => [r.status, await r.json()] as [number, { valid: boolean; status: string }],
      );
    expect(await verify(printedHash!)).toEqual([
      200,
      expect.objectContaining({ valid: true, status: 'verified' }),
    ]);
    const page = await fetch(`${stack.server}/verifica?code=${pratica.code}&hash=${printedHash}`);
    expect(await page.text()).toContain(pratica.protocol.segnatura);

    // 7. A tampered hash is refused...
    const flipped = printedHash!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(await verify(flipped)).toEqual([200, { valid: false, status: 'hash_mismatch' }]);
    // ...and so is an edited register: the document changed in the database file behind the server.
    expect(tamperDocument(join(stack.dataDir, 'modulo.sqlite'), pratica.code, 'Rossi', 'Russo')).toBe(1);
    const [status, outcome] = await verify(printedHash!);
    expect(status).toBe(200);
    expect(outcome).toMatchObject({ valid: false, status: 'chain_broken' });
  });
});
