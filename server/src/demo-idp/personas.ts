import { FISCAL_NUMBER_CLAIM } from '../auth/citizenFromClaims';

/** A made-up person the demo identity provider can log in as. */
export interface Persona {
  /** The OIDC `sub`; staff personas are bound to staff accounts by it (`demo:<id>`). */
  sub: string;
  /** What the login page's `<select>` shows. */
  label: string;
  kind: 'citizen' | 'company' | 'staff' | 'admin';
  /** The claims as SPID/CIE send them: `TINIT-`, `VATIT-` prefixes included. */
  claims: Record<string, unknown>;
}

const EID = 'https://attributes.eid.gov.it/';

/** A person's SPID claims; the fiscal numbers below carry a valid check letter. */
function person(
  givenName: string,
  familyName: string,
  fiscalNumber: string,
  birthdate: string,
  email: string,
  extra: Record<string, unknown> = {},
) {
  return {
    given_name: givenName,
    family_name: familyName,
    birthdate,
    email,
    [FISCAL_NUMBER_CLAIM]: `TINIT-${fiscalNumber}`,
    ...extra,
  };
}

/** The citizen and the company's legal representative: the same in every demo. */
export const PUBLIC_PERSONAS: Persona[] = [
  {
    sub: 'demo:mario-rossi',
    label: 'Mario Rossi — cittadino',
    kind: 'citizen',
    claims: person('Mario', 'Rossi', 'RSSMRA80A01H501U', '1980-01-01', 'mario.rossi@example.it', {
      phone_number: '+393331234567',
      address: { formatted: 'Via Roma 1, 00184 Roma (RM)', street_address: 'Via Roma 1' },
    }),
  },
  {
    sub: 'demo:laura-bianchi',
    label: 'Laura Bianchi — legale rappresentante di Bianchi Costruzioni S.r.l.',
    kind: 'company',
    claims: person('Laura', 'Bianchi', 'BNCLRA85M52F205I', '1985-08-12', 'laura.bianchi@example.it', {
      [`${EID}company_name`]: 'Bianchi Costruzioni S.r.l.',
      [`${EID}vat_number`]: 'VATIT-02765430588',
      [`${EID}e_delivery_service`]: 'bianchicostruzioni@pec.example.it',
    }),
  },
];

/** A staff member of the demo seed's directory, as the persona list needs them. */
export interface StaffPersonaSource {
  enteId: string;
  enteName: string;
  staffId: string;
  name: string;
  roles: string[];
  offices: string[];
  email?: string;
}

/** The OIDC `sub` of a staff persona: what a staff account's `oidcSubject` binds to. */
export const staffSubject = (enteId: string, staffId: string) => `demo:staff:${enteId}:${staffId}`;

/**
 * Staff personas from the demo directory: one per staff member, labelled with their roles, so
 * that each office's operator and the ente admin can log in. Their fiscal numbers are made up
 * (valid shape and check letter are not needed: staff are matched by `sub`).
 */
export function staffPersonas(staff: StaffPersonaSource[]): Persona[] {
  return staff.map((s) => {
    const [given, ...family] = s.name.split(' ');
    const admin = s.roles.includes('admin');
    return {
      sub: staffSubject(s.enteId, s.staffId),
      label: `${s.name} — ${admin ? 'amministratore' : s.roles.join(', ')}, ${s.enteName}`,
      kind: admin ? 'admin' : 'staff',
      claims: {
        given_name: given,
        family_name: family.join(' '),
        email: s.email ?? `${s.staffId}@${s.enteId}.example.it`,
      },
    };
  });
}
