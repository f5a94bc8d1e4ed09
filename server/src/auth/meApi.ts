import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import { ApiError } from '../errors';

const CitizenSchema = z
  .object({
    issuer: z.string(),
    sub: z.string(),
    level: z.enum(['SpidL1', 'SpidL2', 'SpidL3']),
    fiscalNumber: z.string(),
    givenName: z.string().optional(),
    familyName: z.string().optional(),
    birthdate: z.string().optional(),
    email: z.string().optional(),
    phoneNumber: z.string().optional(),
    address: z.string().optional(),
    companyName: z.string().optional(),
    vatNumber: z.string().optional(),
    pec: z.string().optional(),
  })
  .openapi('Citizen');

const StaffSchema = z
  .object({
    enteId: z.string(),
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    offices: z.array(z.string()),
    method: z.enum(['oidc', 'password']),
  })
  .openapi('Staff');

const MeSchema = z
  .union([
    z.object({ kind: z.literal('citizen'), citizen: CitizenSchema, csrfToken: z.string() }),
    z.object({ kind: z.literal('staff'), staff: StaffSchema, csrfToken: z.string() }),
  ])
  .openapi('Me');

const me = createRoute({
  method: 'get',
  path: '/',
  tags: ['Identity'],
  summary: 'Who is logged in (session cookie), and the CSRF token their writes must send in X-CSRF-Token',
  responses: {
    200: {
      description: 'The logged-in citizen or staff member',
      content: { 'application/json': { schema: MeSchema } },
    },
    ...errors(401),
  },
});

/** `GET /api/me`: the session's identity, as the server trusts it (claims mapped, prefixes stripped). */
export function meApi() {
  return openApiApp().openapi(me, (c) => {
    const { citizen, staff, session } = c.var;
    const csrfToken = session?.csrfToken ?? '';
    if (citizen) return c.json({ kind: 'citizen' as const, citizen, csrfToken }, 200);
    if (staff) return c.json({ kind: 'staff' as const, staff, csrfToken }, 200);
    throw new ApiError(
      'unauthenticated',
      'Non hai effettuato l’accesso.',
      'No session: log in at /auth/login.',
    );
  });
}
