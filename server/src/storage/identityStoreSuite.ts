import { describe, expect, it } from 'vitest';
import type { MakeStore } from './Store';
import { suiteEnte } from './storeSuite';

const T0 = new Date('2026-03-02T09:00:00Z');
const later = (s: number) => new Date(T0.getTime() + s * 1000);

/** The identity part of the store contract: run on every `Store` implementation. */
export function identityStoreSuite(name: string, make: MakeStore) {
  describe(`${name}: identity store`, () => {
    it('keeps a session until it expires, with its CSRF token, and deletes it', async () => {
      const store = await make();
      const s = {
        id: 'h1',
        kind: 'citizen' as const,
        subject: { fiscalNumber: 'RSSMRA80A01H501U' },
        csrfToken: 'csrf',
        createdAt: T0.toISOString(),
        expiresAt: later(60).toISOString(),
      };
      await store.identity.createSession(s);
      expect(await store.identity.getSession('h1', later(30))).toEqual(s);
      expect(await store.identity.getSession('h1', later(60))).toBeUndefined();
      expect(await store.identity.purgeExpired(later(61))).toBe(1);
      await store.identity.createSession({ ...s, id: 'h2' });
      await store.identity.deleteSession('h2');
      expect(await store.identity.getSession('h2', T0)).toBeUndefined();
      await store.close();
    });

    it('gives a pending login back once only, and never after it expired', async () => {
      const store = await make();
      const st = {
        state: 'st',
        codeVerifier: 'v',
        nonce: 'n',
        kind: 'citizen' as const,
        level: 'SpidL2',
        returnTo: '/x',
        expiresAt: later(600).toISOString(),
      };
      await store.identity.putLoginState(st);
      expect(await store.identity.takeLoginState('st', T0)).toEqual(st);
      expect(await store.identity.takeLoginState('st', T0)).toBeUndefined();
      await store.identity.putLoginState({ ...st, state: 'old' });
      expect(await store.identity.takeLoginState('old', later(601))).toBeUndefined();
      await store.close();
    });

    it('gives a session handover back once only, expired or not, and purges expired ones', async () => {
      const store = await make();
      const h = { codeSha256: 'c1', enteId: 'borgo', sealed: 'sealed', expiresAt: later(60).toISOString() };
      await store.identity.putHandover(h);
      await store.identity.putHandover({ ...h, codeSha256: 'c2' });
      await store.identity.putHandover({ ...h, codeSha256: 'c3', expiresAt: later(120).toISOString() });
      expect(await store.identity.takeHandover('c1')).toEqual(h);
      expect(await store.identity.takeHandover('c1')).toBeUndefined();
      // Two exchanges of one code at once: one gets it.
      const both = await Promise.all([store.identity.takeHandover('c3'), store.identity.takeHandover('c3')]);
      expect(both.filter(Boolean)).toHaveLength(1);
      await store.identity.purgeExpired(later(60));
      expect(await store.identity.takeHandover('c2')).toBeUndefined();
      await store.close();
    });

    it('finds staff credentials by username within an ente and by OIDC subject', async () => {
      const store = await make();
      await store.entes.put(suiteEnte('borgo', 'AOO_B'));
      await store.entes.put(suiteEnte('altro', 'AOO_A'));
      await store.identity.putStaffCredential({
        enteId: 'borgo',
        staffId: 'mario-rossi',
        username: 'mrossi',
        passwordHash: 'scrypt$x',
        oidcSubject: 'iss sub1',
      });
      await store.identity.putStaffCredential({
        enteId: 'altro',
        staffId: 'mario-rossi',
        oidcSubject: 'iss sub1',
      });
      expect((await store.identity.findStaffByUsername('borgo', 'mrossi'))?.passwordHash).toBe('scrypt$x');
      expect(await store.identity.findStaffByUsername('altro', 'mrossi')).toBeUndefined();
      expect((await store.identity.findStaffByOidcSubject('iss sub1')).map((c) => c.enteId)).toEqual([
        'altro',
        'borgo',
      ]);
      await store.close();
    });

    it('counts login failures per key in a window and forgets them on success', async () => {
      const store = await make();
      await store.identity.recordLoginFailure(['ip|u', 'ip'], T0);
      await store.identity.recordLoginFailure(['ip|u', 'ip'], later(10));
      expect(await store.identity.countLoginFailures('ip|u', later(-1))).toBe(2);
      expect(await store.identity.countLoginFailures('ip|u', later(5))).toBe(1);
      await store.identity.clearLoginFailures('ip|u');
      expect(await store.identity.countLoginFailures('ip|u', later(-1))).toBe(0);
      expect(await store.identity.countLoginFailures('ip', later(-1))).toBe(2);
      await store.close();
    });

    it('keeps tokens by secret hash, lists them per ente, revokes and touches them', async () => {
      const store = await make();
      await store.entes.put(suiteEnte('borgo', 'AOO_B'));
      const t = {
        id: 't1',
        enteId: 'borgo',
        name: 'Gestionale',
        scopes: ['pratiche:read'],
        secretSha256: 'abc',
        createdAt: T0.toISOString(),
        createdBy: 'staff:borgo/mario-rossi',
      };
      await store.identity.createToken(t);
      expect(await store.identity.findTokenBySecret('abc')).toEqual(t);
      await store.identity.touchToken('t1', later(5));
      expect(await store.identity.revokeToken('altro', 't1', later(6))).toBe(false);
      expect(await store.identity.revokeToken('borgo', 't1', later(6))).toBe(true);
      expect(await store.identity.revokeToken('borgo', 't1', later(7))).toBe(false);
      expect(await store.identity.listTokens('borgo')).toEqual([
        { ...t, lastUsedAt: later(5).toISOString(), revokedAt: later(6).toISOString() },
      ]);
      await store.close();
    });
  });
}
