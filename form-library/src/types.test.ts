import { describe, expect, it } from 'vitest';
import { moduleTypes, staleFiles, submissionTypeName } from './generateTypes';
import { libraryModules } from './registry';

describe('generated submission types', () => {
  it('are up to date with the modules (regenerate: pnpm --filter @modulo/form-library types)', async () => {
    expect(await staleFiles(libraryModules())).toEqual([]);
    // Thirteen modules through json-schema-to-typescript and prettier: seconds on a shared machine.
  }, 30_000);

  it('name one closed interface per module, with conditional answers optional', async () => {
    const module = libraryModules().find((m) => m.id === 'accesso-atti')!;
    const code = await moduleTypes(module);
    expect(submissionTypeName(module)).toBe('AccessoAttiSubmission');
    expect(code).toContain('export interface AccessoAttiSubmission {');
    expect(code).toMatch(/\n {2}codiceFiscale: string;/);
    expect(code).toMatch(/\n {2}impresa\?: \{/);
    expect(code).toContain("modalita: 'visione' | 'copiaSemplice' | 'copiaConforme';");
    expect(code).not.toContain('[k: string]');
    expect(code.match(/export (interface|type) /g)).toHaveLength(1);
  });
});
