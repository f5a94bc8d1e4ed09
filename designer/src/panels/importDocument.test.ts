import { describe, expect, it } from 'vitest';
import { serialize } from '@modulo/form-model';
import { makeTestModule } from '../state/makeTestModule';
import { importDocument } from './importDocument';

describe('importDocument', () => {
  it('reads a module file through parseModule', () => {
    const r = importDocument('module', serialize(makeTestModule()));
    expect(r.ok && r.module.id).toBe('prova');
  });

  it('says why a broken file is refused, with the model’s code', () => {
    const r = importDocument('module', '{"formatVersion": 2');
    expect(r).toMatchObject({ ok: false, code: 'invalid_json' });
  });
});
