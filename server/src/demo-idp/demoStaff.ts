import { hashPassword } from '../auth/password';
import type { Store } from '../storage/Store';
import type { Persona } from './personas';
import { staffPersonas, staffSubject } from './personas';

/** The password of every demo staff account (username: the staff id). Demo only. */
export const DEMO_STAFF_PASSWORD = process.env.DEMO_STAFF_PASSWORD ?? 'modulo-demo';

/**
 * Binds every staff member of the stored directories to a demo persona of `issuer`, and gives
 * those without one a password (username = staff id). Returns their personas. Run at each start
 * of the demo: the issuer's port may change.
 */
export async function bindDemoStaff(store: Store, issuer: string): Promise<Persona[]> {
  const entes = await store.entes.list();
  const members = entes.flatMap((e) =>
    e.staff.map((s) => ({ enteId: e.id, enteName: e.name, staffId: s.id, ...s })),
  );
  await Promise.all(
    members.map(async (m) => {
      const existing = await store.identity.findStaffByUsername(m.enteId, m.staffId);
      await store.identity.putStaffCredential({
        enteId: m.enteId,
        staffId: m.staffId,
        username: m.staffId,
        // A lower scrypt cost than real accounts: demo passwords are public anyway.
        passwordHash: existing?.passwordHash ?? (await hashPassword(DEMO_STAFF_PASSWORD, { N: 2 ** 14 })),
        oidcSubject: `${issuer} ${staffSubject(m.enteId, m.staffId)}`,
      });
    }),
  );
  return staffPersonas(members);
}
