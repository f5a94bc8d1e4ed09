import type { Citizen } from '../auth/identity';
import { citizenKey } from '../auth/identity';
import { randomSecret, SESSION_COOKIE, sha256Hex } from '../auth/sessionCookie';
import type { Ente, StaffRole } from '../storage/EnteStore';
import type { Store } from '../storage/Store';
import { sha256Hex as bytesSha256 } from '../register/sha256Hex';
import { suiteEnte, suiteFiling } from '../storage/storeSuite';

/** How an actor authenticates in a test request: a real session cookie (+ CSRF) or a bearer token. */
export type ActorHeaders = Record<string, string>;

const T0 = new Date('2026-03-02T09:00:00Z');

export const MARIO: Citizen = {
  issuer: 'https://idp.test',
  sub: 'mario',
  level: 'SpidL2',
  fiscalNumber: 'RSSMRA80A01H501U',
  givenName: 'Mario',
  familyName: 'Rossi',
};
export const LAURA: Citizen = {
  ...MARIO,
  sub: 'laura',
  fiscalNumber: 'BNCLRA85M52F205I',
  givenName: 'Laura',
};

const person = (id: string, roles: StaffRole[], offices: string[]) => ({
  id,
  name: id,
  title: roles.join(', '),
  roles,
  offices,
});

/** An ente with two offices and a staff member per role; `altro` mirrors it (nothing may cross). */
export function authEnte(id: string): Ente {
  return {
    ...suiteEnte(id, `AOO_${id.toUpperCase()}`),
    embedOrigins: [`https://www.${id}.example.it`],
    offices: [
      { id: 'urp', name: 'URP' },
      { id: 'tributi', name: 'Tributi' },
    ],
    staff: [
      person('ada', ['admin'], []),
      person('oscar', ['operator'], ['urp']),
      person('tina', ['operator', 'responsible'], ['tributi']),
      person('dino', ['designer'], []),
    ],
  };
}

/** Opens a real session in the store and returns the cookie (+ its CSRF token) that carries it. */
async function session(
  store: Store,
  kind: 'citizen' | 'staff',
  subject: Record<string, unknown>,
  csrf: boolean,
) {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  await store.identity.createSession({
    id: sha256Hex(secret),
    kind,
    subject,
    csrfToken,
    createdAt: T0.toISOString(),
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  });
  return { cookie: `${SESSION_COOKIE}=${secret}`, ...(csrf ? { 'x-csrf-token': csrfToken } : {}) };
}

async function token(store: Store, enteId: string, id: string, scopes: string[], revoked = false) {
  const secret = `mdl_${randomSecret()}`;
  await store.identity.createToken({
    id,
    enteId,
    name: id,
    scopes,
    secretSha256: sha256Hex(secret),
    createdAt: T0.toISOString(),
    createdBy: 'test',
  });
  if (revoked) await store.identity.revokeToken(enteId, id, T0);
  return { authorization: `Bearer ${secret}` };
}

/**
 * Two entes, three pratiche (Mario's at borgo's URP, Laura's at borgo's Tributi, Mario's at altro)
 * and every kind of actor, each with real credentials in the store.
 */
export async function authFixture(store: Store) {
  await store.entes.put(authEnte('borgo'));
  await store.entes.put(authEnte('altro'));
  const file = async (enteId: string, who: Citizen, officeId: string, n: number) => {
    const r = await store.pratiche.file(
      suiteFiling({
        enteId,
        submitter: citizenKey(who),
        document: JSON.stringify({ n }),
        assignment: {
          officeId,
          officeName: officeId,
          responsibleId: 'tina',
          responsibleName: 'Tina',
          responsibleTitle: 'Responsabile',
        },
      }),
    );
    if (!r.ok) throw new Error(r.code);
    return r.pratica.code;
  };
  const pratiche = {
    marioUrp: await file('borgo', MARIO, 'urp', 1),
    lauraTributi: await file('borgo', LAURA, 'tributi', 2),
    marioAltro: await file('altro', MARIO, 'urp', 3),
  };
  const staff = (ente: string, id: string, csrf = true) =>
    session(store, 'staff', { enteId: ente, staffId: id, method: 'password' }, csrf);
  const actors: Record<string, ActorHeaders> = {
    anonymous: {},
    mario: await session(store, 'citizen', { ...MARIO }, true),
    marioNoCsrf: await session(store, 'citizen', { ...MARIO }, false),
    marioL1: await session(store, 'citizen', { ...MARIO, level: 'SpidL1' }, true),
    laura: await session(store, 'citizen', { ...LAURA }, true),
    adminBorgo: await staff('borgo', 'ada'),
    adminBorgoNoCsrf: await staff('borgo', 'ada', false),
    operatorUrp: await staff('borgo', 'oscar'),
    operatorTributi: await staff('borgo', 'tina'),
    designerBorgo: await staff('borgo', 'dino'),
    adminAltro: await staff('altro', 'ada'),
    tokenRead: await token(store, 'borgo', 'tok-read', ['pratiche:read']),
    tokenDirectory: await token(store, 'borgo', 'tok-dir', ['directory:read']),
    tokenFile: await token(store, 'borgo', 'tok-file', ['submissions:write']),
    tokenAltro: await token(store, 'altro', 'tok-altro', ['pratiche:read', 'directory:read']),
    tokenRevoked: await token(store, 'borgo', 'tok-old', ['pratiche:read'], true),
  };
  return { pratiche, actors };
}

/**
 * A pratica an integration token (`tokenId`) filed at `enteId`'s Tributi on `citizen`'s behalf
 * (`onBehalfOf`, issue 11), with one PDF attachment the citizen may download.
 */
export async function fileOnBehalf(store: Store, enteId: string, tokenId: string, citizen: Citizen) {
  const submitter = `token:${tokenId}`;
  const pdf = new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
  const upload = await store.uploads.create(
    {
      id: `up-${tokenId}-${citizen.sub}`,
      enteId,
      owner: submitter,
      name: 'planimetria.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: bytesSha256(pdf),
      createdAt: T0.toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    },
    pdf,
  );
  const r = await store.pratiche.file(
    suiteFiling({
      enteId,
      submitter,
      onBehalfOf: citizen.fiscalNumber,
      document: JSON.stringify({ onBehalfOf: citizen.sub }),
      attachments: [
        {
          fieldId: 'planimetria',
          uploadId: upload.id,
          name: upload.name,
          mediaType: upload.mediaType,
          size: upload.size,
          sha256: upload.sha256,
        },
      ],
      assignment: {
        officeId: 'tributi',
        officeName: 'Tributi',
        responsibleId: 'tina',
        responsibleName: 'Tina',
        responsibleTitle: 'Responsabile',
      },
    }),
  );
  if (!r.ok) throw new Error(r.code);
  return { code: r.pratica.code, uploadId: upload.id };
}
