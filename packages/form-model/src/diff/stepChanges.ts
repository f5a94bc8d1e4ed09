import { localize } from '../localize';
import type { Field, Module } from '../types';
import { hasValue, showingMoreBreaks } from './fieldChanges';
import type { ModuleIndex } from './locate';
import { reordered, sameJson } from './locate';
import type { ModuleChange } from './ModuleChange';

const anyValued = (fields: Field[]): boolean => fields.some((f) => hasValue(f));

/** Steps added, removed, reordered, retitled or with a new condition; exits added, removed or changed. */
export function stepChanges(a: Module, b: Module, ia: ModuleIndex, ib: ModuleIndex): ModuleChange[] {
  const out: ModuleChange[] = [];
  for (const [id, pa] of ia.steps) {
    if (ib.steps.has(id)) continue;
    out.push({
      kind: 'step-removed',
      path: pa.pointer,
      stepId: id,
      before: localize(pa.step.title),
      breaking: false,
      bump: 'minor',
      message: { it: `Passo «${localize(pa.step.title)}» (${id}) tolto`, en: `step ${id} removed` },
    });
  }
  const moved = reordered(
    a.steps.map((s) => s.id),
    b.steps.map((s) => s.id),
  );
  for (const [id, pb] of ib.steps) {
    const title = localize(pb.step.title);
    const pa = ia.steps.get(id);
    if (!pa) {
      out.push({
        kind: 'step-added',
        path: pb.pointer,
        stepId: id,
        after: title,
        breaking: false,
        bump: 'minor',
        message: { it: `Passo «${title}» (${id}) aggiunto`, en: `step ${id} added` },
      });
      continue;
    }
    const [sa, sb] = [pa.step, pb.step];
    if (moved.has(id))
      out.push({
        kind: 'step-moved',
        path: pb.pointer,
        stepId: id,
        before: pa.index,
        after: pb.index,
        breaking: false,
        bump: 'patch',
        message: {
          it: `Passo «${title}» spostato in posizione ${pb.index + 1}`,
          en: `step ${id} moved to position ${pb.index + 1}`,
        },
      });
    if (!sameJson(sa.title, sb.title) || !sameJson(sa.description, sb.description))
      out.push({
        kind: 'step-text-changed',
        path: pb.pointer,
        stepId: id,
        before: { title: sa.title, description: sa.description },
        after: { title: sb.title, description: sb.description },
        breaking: false,
        bump: 'patch',
        message: {
          it: `Titolo o descrizione del passo «${title}» cambiati`,
          en: `title or description of step ${id} changed`,
        },
      });
    if (!sameJson(sa.condition, sb.condition)) {
      const breaking =
        anyValued(sb.fields) &&
        (sb.condition !== undefined || sb.fields.some((f) => showingMoreBreaks(f, ia.read)));
      out.push({
        kind: 'step-condition-changed',
        path: `${pb.pointer}/condition`,
        stepId: id,
        before: sa.condition,
        after: sb.condition,
        breaking,
        bump: breaking ? 'major' : 'minor',
        message: {
          it: `Condizione del passo «${title}» ${sb.condition ? (sa.condition ? 'cambiata' : 'aggiunta') : 'tolta'}`,
          en: `condition of step ${id} ${sb.condition ? (sa.condition ? 'changed' : 'added') : 'removed'}`,
        },
      });
    }
  }
  out.push(...exitChanges(ia, ib));
  return out;
}

function exitChanges(ia: ModuleIndex, ib: ModuleIndex): ModuleChange[] {
  const out: ModuleChange[] = [];
  for (const [id, pa] of ia.exits)
    if (!ib.exits.has(id))
      out.push({
        kind: 'exit-removed',
        path: pa.pointer,
        stepId: pa.stepId,
        exitId: id,
        before: pa.exit,
        breaking: false,
        bump: 'minor',
        message: { it: `Uscita «${localize(pa.exit.title)}» (${id}) tolta`, en: `exit ${id} removed` },
      });
  for (const [id, pb] of ib.exits) {
    const pa = ia.exits.get(id);
    const title = localize(pb.exit.title);
    const base = { path: pb.pointer, stepId: pb.stepId, exitId: id };
    if (!pa) {
      // A new exit turns away answers that were accepted.
      out.push({
        kind: 'exit-added',
        ...base,
        after: pb.exit,
        breaking: true,
        bump: 'major',
        message: {
          it: `Uscita «${title}» (${id}) aggiunta: alcune risposte non potranno più essere inviate`,
          en: `exit ${id} added`,
        },
      });
      continue;
    }
    if (!sameJson(pa.exit.when, pb.exit.when) || pa.stepId !== pb.stepId)
      out.push({
        kind: 'exit-condition-changed',
        ...base,
        path: `${pb.pointer}/when`,
        before: pa.exit.when,
        after: pb.exit.when,
        breaking: true,
        bump: 'major',
        message: { it: `Condizione dell'uscita «${title}» cambiata`, en: `condition of exit ${id} changed` },
      });
    const { when: _wa, id: _ia, ...textA } = pa.exit;
    const { when: _wb, id: _ib, ...textB } = pb.exit;
    if (!sameJson(textA, textB))
      out.push({
        kind: 'exit-text-changed',
        ...base,
        before: textA,
        after: textB,
        breaking: false,
        bump: 'patch',
        message: { it: `Testi dell'uscita «${title}» cambiati`, en: `texts of exit ${id} changed` },
      });
  }
  return out;
}
