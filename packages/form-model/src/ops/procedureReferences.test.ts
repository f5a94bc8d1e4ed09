import { describe, expect, it } from 'vitest';
import { parseModule } from '../parseModule';
import { feeModule } from '../testing/feeCases';
import { routingModule } from '../testing/routingCases';
import { duplicateField } from './duplicateField';
import { removeField } from './removeField';
import { setFieldProperty } from './setFieldProperty';

describe('edit operations see routing rules, exits and fees', () => {
  it('refuse removing a field that a routing rule or a fee reads', () => {
    expect(removeField(routingModule, { id: 'comune' })).toMatchObject({
      ok: false,
      error: {
        code: 'field_in_use',
        message: expect.stringContaining('regola di smistamento "bagnacavallo"'),
      },
    });
    expect(removeField(feeModule, { id: 'superficie' })).toMatchObject({
      ok: false,
      error: { code: 'field_in_use', message: expect.stringContaining('costo "canone"') },
    });
  });

  it('rename a field everywhere it is read, keeping what does not read it', () => {
    const renamed = setFieldProperty(feeModule, { id: 'banchi', property: 'id', value: 'postazioni' });
    if (!renamed.ok) throw new Error(renamed.error.message);
    const canone = renamed.value.procedure.fees.find((f) => f.id === 'canone');
    expect(canone?.lines?.find((l) => l.id === 'banchi')?.factors).toEqual([{ countOf: 'postazioni' }]);
    expect(renamed.value.procedure.fees[0]).toBe(feeModule.procedure.fees[0]);
    expect(parseModule(JSON.parse(JSON.stringify(renamed.value))).ok).toBe(true);

    const routed = setFieldProperty(routingModule, { id: 'comune', property: 'id', value: 'comuneMembro' });
    if (!routed.ok) throw new Error(routed.error.message);
    expect(routed.value.procedure.routing?.[2]?.when).toEqual({
      field: 'comuneMembro',
      op: 'equals',
      value: 'bagnacavallo',
    });
    expect(routed.value.procedure.routing?.[0]).toBe(routingModule.procedure.routing?.[0]);
  });

  it('a duplicated field keeps its requiredWhen and date rules pointing inside the copy', () => {
    const m = {
      ...feeModule,
      steps: [
        {
          ...feeModule.steps[0]!,
          fields: [
            ...feeModule.steps[0]!.fields,
            {
              id: 'periodo',
              kind: 'group',
              label: { it: 'Periodo' },
              fields: [
                { id: 'dal', kind: 'date', label: { it: 'Dal' } },
                {
                  id: 'al',
                  kind: 'date',
                  label: { it: 'Al' },
                  requiredWhen: { field: 'dal', op: 'answered' as const },
                  dateRules: [{ op: 'notBefore' as const, ref: { field: 'dal' } }],
                },
              ],
            },
          ],
        },
      ],
    };
    const copy = duplicateField(m, { id: 'periodo' });
    if (!copy.ok) throw new Error(copy.error.message);
    const group = copy.value.steps[0]!.fields.at(-1)!;
    const [dal, al] = group.fields ?? [];
    expect(al?.requiredWhen).toEqual({ field: dal?.id, op: 'answered' });
    expect(al?.dateRules?.[0]?.ref).toEqual({ field: dal?.id });
    expect(dal?.id).not.toBe('dal');
  });
});
