import type { LoginLevel, Module, Official, ProcedurePatch } from '@modulo/form-model';
import type { Directory } from '../api/DesignerApi';
import { ExitsEditor } from '../rules/ExitsEditor';
import { RoutingEditor } from '../rules/RoutingEditor';
import { officeFromDirectory, officialFromDirectory } from './directoryData';
import { useT } from '../i18n/useT';
import type { DesignerCommands } from '../state/designerCommands';
import { AttachmentsEditor } from './AttachmentsEditor';
import { FeesEditor } from './FeesEditor';
import { CheckInput, SelectInput, TextInput } from './TextInput';

export interface ProcedurePanelProps {
  module: Module;
  commands: DesignerCommands;
  /** The ente's directory, when the server has one. */
  directory?: Directory;
}

/**
 * The procedure panel: every datum of D.Lgs 33/2013 art. 35, each change one `setProcedure`;
 * office, responsabile and substitute are picked from the ente's directory when there is one.
 */
export function ProcedurePanel({ module, commands, directory }: ProcedurePanelProps) {
  const t = useT();
  const p = module.procedure;
  const set = (patch: ProcedurePatch, key?: string) => commands.setProcedure(patch, key);
  const who = (role: 'responsible' | 'substitute', value: Official) => (
    <fieldset>
      <legend>{t(`procedure.${role}`)}</legend>
      {directory && (
        <SelectInput
          label={`${t(`procedure.${role}`)}: ${t('procedure.fromDirectory')}`}
          value={directory.people.find((d) => d.id === value.id)?.id ?? ''}
          options={[
            { value: '', label: t('procedure.pick') },
            ...directory.people.map((d) => ({ value: d.id, label: `${d.name} — ${d.role}` })),
          ]}
          onChange={(id) => {
            const person = directory.people.find((d) => d.id === id);
            if (person)
              set({
                [role]: {
                  email: undefined,
                  pec: undefined,
                  phone: undefined,
                  ...officialFromDirectory(person),
                },
              });
          }}
        />
      )}
      <TextInput
        label={t('procedure.name')}
        value={value.name}
        onChange={(v) => set({ [role]: { name: v } }, `${role}.name`)}
      />
      <TextInput
        label={t('procedure.role')}
        value={value.role.it}
        onChange={(v) => set({ [role]: { role: { ...value.role, it: v } } }, `${role}.role`)}
      />
      <Contacts value={value} onChange={(patch, key) => set({ [role]: patch }, `${role}.${key}`)} />
    </fieldset>
  );
  return (
    <section aria-labelledby="procedure-title" className="modulo-inspector">
      <h2 id="procedure-title">{t('procedure.title')}</h2>
      <TextInput
        label={t('procedure.description')}
        multiline
        value={p.description.it}
        onChange={(v) => set({ description: { ...p.description, it: v } }, 'description')}
      />
      <TextInput
        label={t('procedure.legalBasis')}
        multiline
        value={p.legalBasis.join('\n')}
        onChange={(v) =>
          set(
            {
              legalBasis: v
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            },
            'legalBasis',
          )
        }
      />
      <fieldset>
        <legend>{t('procedure.office')}</legend>
        {directory && (
          <SelectInput
            label={`${t('procedure.office')}: ${t('procedure.fromDirectory')}`}
            value={directory.offices.find((o) => o.id === p.office.id)?.id ?? ''}
            options={[
              { value: '', label: t('procedure.pick') },
              ...directory.offices.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(id) => {
              const office = directory.offices.find((o) => o.id === id);
              if (office) {
                set({
                  office: {
                    email: undefined,
                    pec: undefined,
                    phone: undefined,
                    address: undefined,
                    hours: undefined,
                    ...officeFromDirectory(office),
                  },
                });
              }
            }}
          />
        )}
        <TextInput
          label={t('procedure.name')}
          value={p.office.name.it}
          onChange={(v) => set({ office: { name: { ...p.office.name, it: v } } }, 'office.name')}
        />
        <Contacts value={p.office} onChange={(patch, key) => set({ office: patch }, `office.${key}`)} />
      </fieldset>
      {who('responsible', p.responsible)}
      {who('substitute', p.substitute)}
      <TextInput
        label={t('procedure.termDays')}
        type="number"
        name="termDays"
        value={String(p.termDays)}
        onChange={(v) => set({ termDays: Number(v) }, 'termDays')}
      />
      <CheckInput
        label={t('procedure.silenzioAssenso')}
        checked={p.silenzioAssenso}
        onChange={(v) => set({ silenzioAssenso: v })}
      />
      <CheckInput
        label={t('procedure.selfDeclaration')}
        checked={p.selfDeclaration}
        onChange={(v) => set({ selfDeclaration: v })}
      />
      <SelectInput
        label={t('procedure.loginLevel')}
        value={p.loginLevel}
        options={(['none', 'SpidL1', 'SpidL2', 'SpidL3'] as LoginLevel[]).map((l) => ({
          value: l,
          label: l,
        }))}
        onChange={(v) => set({ loginLevel: v as LoginLevel })}
      />
      <TextInput
        label={t('procedure.remedies')}
        multiline
        value={p.remedies.it}
        onChange={(v) => set({ remedies: { ...p.remedies, it: v } }, 'remedies')}
      />
      <TextInput
        label={t('procedure.statusInfo')}
        multiline
        value={p.statusInfo?.it ?? ''}
        onChange={(v) =>
          set({ statusInfo: v.trim() === '' ? undefined : { ...p.statusInfo, it: v } }, 'statusInfo')
        }
      />
      <TextInput
        label={t('procedure.titolo')}
        value={p.classification.titolo}
        onChange={(v) => set({ classification: { titolo: v } }, 'titolo')}
      />
      <TextInput
        label={t('procedure.classe')}
        value={p.classification.classe}
        onChange={(v) => set({ classification: { classe: v } }, 'classe')}
      />
      <AttachmentsEditor attachments={p.attachments} onChange={(attachments) => set({ attachments })} />
      <FeesEditor module={module} fees={p.fees} onChange={(fees) => set({ fees })} />
      <RoutingEditor module={module} directory={directory} onChange={(routing) => set({ routing })} />
      <ExitsEditor module={module} commands={commands} />
    </section>
  );
}

function Contacts({
  value,
  onChange,
}: {
  value: { email?: string; pec?: string; phone?: string };
  onChange(patch: Record<string, string | undefined>, key: string): void;
}) {
  const t = useT();
  const field = (key: 'email' | 'pec' | 'phone', type: 'email' | 'tel') => (
    <TextInput
      label={t(`procedure.${key}`)}
      type={type}
      value={value[key] ?? ''}
      onChange={(v) => onChange({ [key]: v.trim() === '' ? undefined : v }, key)}
    />
  );
  return (
    <>
      {field('email', 'email')}
      {field('pec', 'email')}
      {field('phone', 'tel')}
    </>
  );
}
