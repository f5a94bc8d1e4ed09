import type { ComponentType } from 'react';
import { useEffect, useState } from 'react';
import { bootMark } from '../bootMark';
import { messages } from '../messages';
import type { StepFormProps } from './StepForm';

let loaded: ComponentType<StepFormProps> | undefined;
let loading: Promise<ComponentType<StepFormProps>> | undefined;

/**
 * Loads `StepForm` (rjsf, its utilities and the theme: about 60 % of the embed's script), a chunk
 * of its own in the embed, so the first screen (privacy notice or draft resume, which need none
 * of it) is parsed, evaluated and shown without it. `ModuloForm` starts it once the first screen
 * is painted; a step waits for it only if the citizen is faster than the download.
 */
export function loadStepForm(): Promise<ComponentType<StepFormProps>> {
  loading ??= import('./StepForm').then(
    (m) => {
      bootMark('modulo:step-form');
      return (loaded = m.StepForm);
    },
    (e: unknown) => {
      loading = undefined; // a later step tries again
      throw e;
    },
  );
  return loading;
}

/** Whether `StepForm` is loaded (a step then renders at once). */
export function stepFormLoaded(): boolean {
  return loaded !== undefined;
}

/** `StepForm`, once loaded; until then a status line (the step's title is already shown). */
export function LazyStepForm(props: StepFormProps) {
  const [Loaded, setLoaded] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    if (!Loaded)
      loadStepForm().then(
        (c) => live && setLoaded(() => c),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [Loaded]);
  const t = messages(props.context.lang);
  if (Loaded) return <Loaded {...props} />;
  if (failed)
    return (
      <div className="alert alert-danger" role="alert">
        {t.loadFailed}
      </div>
    );
  return (
    <p className="modulo-loading" role="status">
      {t.loading}
    </p>
  );
}
