import { localize } from '../localize';
import type { Module } from '../types';
import { bumpVersion, maxBump } from './bumpVersion';
import { fieldChange, fieldChanges, fieldMove, hasValue } from './fieldChanges';
import { indexModule, reordered } from './locate';
import type { ModuleChange, ModuleDiff, VersionBump } from './ModuleChange';
import { procedureChanges } from './procedureChanges';
import { stepChanges } from './stepChanges';

/**
 * What changed from version `a` to version `b` of a module: fields added, removed, moved, retyped or
 * edited; steps and exits; the procedure data. Fields and steps are matched by id, so a renamed id
 * reads as a removal plus an addition. Each change says whether it is **breaking** (some submission
 * valid under `a`, or some draft, can be refused by `b`) and the semver bump it implies; the diff
 * suggests `a.version` moved by the largest bump.
 */
export function diffModules(a: Module, b: Module): ModuleDiff {
  const ia = indexModule(a);
  const ib = indexModule(b);
  const changes: ModuleChange[] = [...procedureChanges(a, b), ...stepChanges(a, b, ia, ib)];

  for (const [id, pa] of ia.fields) {
    if (ib.fields.has(id)) continue;
    // A child of a removed container is reported with it, once.
    if (pa.parentId && !ib.fields.has(pa.parentId)) continue;
    const valued = hasValue(pa.field);
    changes.push(
      fieldChange(
        'field-removed',
        pa,
        valued,
        valued ? 'major' : 'patch',
        `Campo «${localize(pa.field.label)}» (${id}) tolto${valued ? ': le risposte date non sono più accettate' : ''}`,
        `field ${id} removed`,
        { before: pa.field },
      ),
    );
  }

  const moved = new Set<string>();
  for (const [parent, after] of ib.siblings) {
    const before = ia.siblings.get(parent);
    if (before) for (const id of reordered(before, after)) moved.add(id);
  }

  for (const [id, pb] of ib.fields) {
    const pa = ia.fields.get(id);
    if (!pa) {
      if (pb.parentId && !ia.fields.has(pb.parentId)) continue;
      // A required answer that old submissions lack refuses them.
      const breaking = hasValue(pb.field) && Boolean(pb.field.required || pb.field.requiredWhen);
      changes.push(
        fieldChange(
          'field-added',
          pb,
          breaking,
          breaking ? 'major' : 'minor',
          `Campo «${localize(pb.field.label)}» (${id}) aggiunto${breaking ? ', obbligatorio' : ''}`,
          `field ${id} added${breaking ? ' (required)' : ''}`,
          { after: pb.field },
        ),
      );
      continue;
    }
    const move = fieldMove(pa, pb, moved.has(id));
    if (move) changes.push(move);
    changes.push(...fieldChanges(pa, pb, ia));
  }

  const bump = changes.reduce<VersionBump | 'none'>((acc, c) => maxBump(acc, c.bump), 'none');
  return {
    changes,
    breaking: changes.some((c) => c.breaking),
    bump,
    suggestedVersion: bumpVersion(a.version, bump),
  };
}
