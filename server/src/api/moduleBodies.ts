import { lintModule } from '@modulo/form-model';
import type { Ente } from '../storage/EnteStore';
import type { ModuleDraft, PublishedModule } from '../storage/ModuleStore';

/** A draft as the staff routes answer it: the document and its lint findings. */
export function draftBody(d: ModuleDraft) {
  return {
    moduleId: d.moduleId,
    version: d.module.version,
    ...(d.basedOn ? { basedOn: d.basedOn } : {}),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
    module: d.module as unknown as Record<string, unknown>,
    lint: lintModule(d.module),
  };
}

/** A published version as the staff routes answer it, with who published it. */
export function versionBody(ente: Ente, v: PublishedModule) {
  const who = v.publishedBy ? ente.staff.find((s) => s.id === v.publishedBy) : undefined;
  return {
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt,
    ...(v.publishedBy ? { publishedBy: { id: v.publishedBy, ...(who ? { name: who.name } : {}) } } : {}),
    validatorUrl: `/api/entes/${ente.id}/modules/${v.moduleId}/versions/${v.version}/validator.js`,
  };
}
