import type { Module } from '@modulo/form-model';
import { librarySample } from '@modulo/form-library';
import type { CitizenIdentity } from '../env';
import { attachmentField } from '../filing/attachmentField';
import { fileSubmission } from '../filing/fileSubmission';
import { recordPraticaEvent } from '../filing/recordPraticaEvent';
import { sha256Hex } from '../register/sha256Hex';
import type { Store } from '../storage/Store';
import { DEMO_UNIONE, demoEntes } from './demoEntes';

/** Tiny but real files of each type the samples attach (their magic bytes are what counts). */
const DEMO_FILES: Record<string, Uint8Array> = {
  'application/pdf': new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
  'image/png': Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  'image/jpeg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]),
};

/** The demo pratiche: module, ente, and what happened after filing. */
const DEMO_PRATICHE: {
  ente: string;
  module: string;
  daysAgo: number;
  then: ('taken-in-charge' | 'integration-requested' | 'concluded')[];
}[] = [
  { ente: 'montebello', module: 'segnalazione-disservizio', daysAgo: 0, then: [] },
  { ente: 'montebello', module: 'accesso-atti', daysAgo: 12, then: ['taken-in-charge'] },
  {
    ente: 'montebello',
    module: 'passo-carrabile',
    daysAgo: 20,
    then: ['taken-in-charge', 'integration-requested'],
  },
  {
    ente: 'roccafiorita',
    module: 'tari-iscrizione-variazione',
    daysAgo: 25,
    then: ['taken-in-charge', 'concluded'],
  },
  { ente: DEMO_UNIONE, module: 'manifestazione-pubblica', daysAgo: 3, then: [] },
];

const DAY = 86_400_000;

/**
 * Seeds an empty store with the demo Unione, its two Comuni, every library module published by
 * the ente whose office owns it, and a few pratiche in different states, filed through the same
 * path as real submissions. Does nothing when the demo Unione is already there.
 */
export async function seedDemo(store: Store, modules: readonly Module[], now: Date): Promise<boolean> {
  if (await store.entes.get(DEMO_UNIONE)) return false;
  const entes = demoEntes(modules);
  for (const { ente, modules: own } of entes) {
    await store.entes.put(ente);
    for (const m of own) await store.modules.publish(ente.id, m, new Date(now.getTime() - 60 * DAY));
  }
  for (const demo of DEMO_PRATICHE) {
    const ente = (await store.entes.get(demo.ente))!;
    const published = await store.modules.current(ente.id, demo.module);
    if (!published) continue;
    const at = new Date(now.getTime() - demo.daysAgo * DAY);
    const answers = librarySample(demo.module);
    const citizen: CitizenIdentity = {
      issuer: 'seed',
      sub: String(answers.codiceFiscale),
      level: 'SpidL2',
      fiscalNumber: String(answers.codiceFiscale),
      givenName: String(answers.nome),
      familyName: String(answers.cognome),
    };
    const attachments = await demoUploads(store, ente.id, published.module, answers, citizen, at);
    const { pratica } = await fileSubmission(
      { store, ente, moduleId: demo.module, citizen, now: at },
      { version: published.version, answers, attachments },
    );
    const official = pratica.assignment.responsibleId ?? 'system';
    for (const [i, type] of demo.then.entries()) {
      const when = new Date(at.getTime() + (i + 1) * 2 * DAY).toISOString();
      const event =
        type === 'concluded'
          ? { type, at: when, by: official, outcome: 'positive' as const, reason: 'Requisiti verificati.' }
          : type === 'integration-requested'
            ? { type, at: when, by: official, reason: 'Manca la planimetria quotata del passo.' }
            : { type, at: when, by: official };
      await recordPraticaEvent(store, pratica.code, event, `staff:${official}`);
    }
  }
  return true;
}

/** Uploads a demo file for each top-level attachment the sample answers, as its owner. */
async function demoUploads(
  store: Store,
  enteId: string,
  module: Module,
  answers: Record<string, unknown>,
  citizen: CitizenIdentity,
  at: Date,
): Promise<Record<string, string | string[]>> {
  const refs: Record<string, string | string[]> = {};
  let n = 0;
  for (const [key, value] of Object.entries(answers)) {
    if (!attachmentField(module, key)) continue;
    const files = (Array.isArray(value) ? value : [value]) as { name: string; mediaType: string }[];
    const ids = [];
    for (const f of files) {
      const bytes = DEMO_FILES[f.mediaType] ?? DEMO_FILES['application/pdf']!;
      const id = `demo-${enteId}-${module.id}-${n++}`;
      await store.uploads.create(
        {
          id,
          enteId,
          owner: `citizen:${citizen.fiscalNumber}`,
          name: f.name,
          mediaType: DEMO_FILES[f.mediaType] ? f.mediaType : 'application/pdf',
          size: bytes.byteLength,
          sha256: sha256Hex(bytes),
          createdAt: at.toISOString(),
          expiresAt: new Date(at.getTime() + DAY).toISOString(),
        },
        bytes,
      );
      ids.push(id);
    }
    refs[key] = Array.isArray(value) ? ids : ids[0]!;
  }
  return refs;
}
