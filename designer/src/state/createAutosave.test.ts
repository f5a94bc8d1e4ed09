import { describe, expect, it } from 'vitest';
import type { Module } from '@modulo/form-model';
import type { ApiResult, DesignerApi } from '../api/DesignerApi';
import { createMemoryApi } from '../api/createMemoryApi';
import { createTestDesigner } from './createTestDesigner';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A test double of our own api interface: records saves, answers as told. */
function recordingApi(
  answer: () => ApiResult<{ savedAt: string }> = () => ({ ok: true, value: { savedAt: 't' } }),
) {
  const saved: Module[] = [];
  const api: DesignerApi = {
    ...createMemoryApi(),
    async saveDraft(module) {
      saved.push(module);
      await wait(5);
      return answer();
    },
  };
  return { api, saved };
}

describe('designer store: autosave', () => {
  it('saves once after a burst of edits, then is clean', async () => {
    const { api, saved } = recordingApi();
    const d = createTestDesigner({ api, autosaveDelayMs: 20 });
    d.setLabel('nome', { it: 'N' });
    d.setLabel('nome', { it: 'Nome' });
    d.addField('email', { stepId: 'recapiti' });
    expect(d.store.getState().save.status).toBe('pending');
    await wait(60);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toBe(d.module);
    expect(d.store.getState()).toMatchObject({ dirty: false, save: { status: 'saved', savedAt: 't' } });
  });

  it('an edit during a save is saved after it', async () => {
    const { api, saved } = recordingApi();
    const d = createTestDesigner({ api, autosaveDelayMs: 1 });
    d.addStep();
    await wait(3);
    d.addStep();
    await wait(60);
    expect(saved.length).toBe(2);
    expect(saved[1]).toBe(d.module);
    expect(d.store.getState().dirty).toBe(false);
  });

  it('a failed save stays dirty and says why; flush retries', async () => {
    let fail = true;
    const { api } = recordingApi(() =>
      fail
        ? {
            ok: false,
            error: { code: 'network_error', message: 'Il server non risponde.', messageEn: 'Down.' },
          }
        : { ok: true, value: { savedAt: 'later' } },
    );
    const d = createTestDesigner({ api, autosaveDelayMs: 1 });
    d.addStep();
    await wait(30);
    expect(d.store.getState()).toMatchObject({
      dirty: true,
      save: { status: 'error', message: 'Il server non risponde.' },
    });
    fail = false;
    expect(await d.autosave.flush()).toBe(true);
    expect(d.store.getState().dirty).toBe(false);
  });

  it('undo back to the saved module is clean again without saving', async () => {
    const { api, saved } = recordingApi();
    const d = createTestDesigner({ api, autosaveDelayMs: 50 });
    d.addStep();
    d.undo();
    expect(d.store.getState().dirty).toBe(false);
    await wait(80);
    expect(saved).toHaveLength(0);
  });
});
