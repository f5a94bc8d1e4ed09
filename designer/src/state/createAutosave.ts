import type { DesignerApi } from '../api/DesignerApi';
import type { DesignerStore } from './createDesignerStore';

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving (default 800 ms). */
  delayMs?: number;
}

/** The autosave hook of a store: `flush()` saves now (before publishing), `stop()` unsubscribes. */
export interface Autosave {
  flush(): Promise<boolean>;
  stop(): void;
}

/**
 * Saves the draft through the api a moment after the edits stop. One save runs at a time; an
 * edit made during a save is saved after it. A failed save keeps the module dirty and says why.
 */
export function createAutosave(
  store: DesignerStore,
  api: Pick<DesignerApi, 'saveDraft'>,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delayMs ?? 800;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<boolean> | undefined;
  let lastModule = store.getState().module;

  async function save(): Promise<boolean> {
    if (running) await running;
    const { module, dirty } = store.getState();
    if (!dirty) return true;
    store.setSave({ status: 'saving' });
    running = api.saveDraft(module).then((r) => {
      if (r.ok) {
        store.setSave({ status: 'saved', savedAt: r.value.savedAt }, module);
      } else {
        store.setSave({ status: 'error', message: r.error.message, messageEn: r.error.messageEn });
      }
      return r.ok;
    });
    const ok = await running;
    running = undefined;
    // Edits made while saving are saved next.
    if (ok && store.getState().dirty) schedule();
    return ok;
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void save();
    }, delay);
  }

  const unsubscribe = store.subscribe(() => {
    const { module, dirty } = store.getState();
    if (module === lastModule) return;
    lastModule = module;
    if (dirty) schedule();
  });

  return {
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      return save();
    },
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}
