import type { Meta, StoryObj } from '@storybook/react-vite';
import { ActionDialog } from './ActionDialog';
import type { ActionType } from './BackofficeApi';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';
import { PraticaView } from './PraticaView';
import { PraticheApp } from './PraticheApp';
import { PraticheInbox } from './PraticheInbox';
import { samplePratiche } from './samplePratiche';

const meta: Meta = { title: 'Backoffice/Pratiche' };
export default meta;

const inCharge = samplePratiche().find((p) => p.status === 'in_charge')!;
const offices = [
  { id: 'tributi', name: 'Ufficio tributi' },
  { id: 'urp', name: 'URP' },
];

/** The whole area over the memory api: filter, open, act. */
export const Area: StoryObj = { render: () => <PraticheApp api={createMemoryBackofficeApi()} /> };

export const Inbox: StoryObj = {
  render: () => (
    <PraticheInbox
      api={createMemoryBackofficeApi()}
      procedures={['accesso-atti', 'passo-carrabile', 'segnalazione-disservizio']}
      comuni={['montebello', 'roccafiorita']}
      onOpen={() => undefined}
    />
  ),
};

export const Pratica: StoryObj = {
  render: () => <PraticaView pratica={inCharge} onBack={() => undefined} onAction={() => undefined} />,
};

const auditEntries = [
  { seq: 1, at: '2026-03-02T09:00:00.000Z', actor: 'citizen:RSSMRA80A01H501U', action: 'pratica.filed' },
  { seq: 2, at: '2026-03-03T10:15:00.000Z', actor: 'staff:oscar', action: 'pratica.taken-in-charge' },
  { seq: 3, at: '2026-04-02T01:00:00.000Z', actor: 'system', action: 'pratica.overdue' },
];

/** A pratica with its audit log and the CSV download. */
export const PraticaWithAuditLog: StoryObj = {
  render: () => (
    <PraticaView
      pratica={inCharge}
      onBack={() => undefined}
      onAction={() => undefined}
      audit={{ code: inCharge.code, csvHref: '#registro.csv', entries: auditEntries }}
    />
  ),
};

const dialog = (type: ActionType, refuse = false): StoryObj => ({
  render: () => (
    <ActionDialog
      type={type}
      pratica={inCharge}
      offices={offices}
      operators={[
        { id: 'oscar', name: 'Oscar Neri' },
        { id: 'paola', name: 'Paola Verdi' },
      ]}
      onClose={() => undefined}
      onSubmit={async () =>
        refuse
          ? {
              ok: false,
              error: {
                code: 'action_not_allowed',
                message: 'Questa azione non è possibile nello stato attuale della pratica.',
                messageEn: 'Not allowed.',
              },
            }
          : { ok: true, value: inCharge }
      }
      onUpload={async (file) => ({
        ok: true,
        value: { id: 'upload-1', name: file.name, size: file.size, type: file.type, sha256: '0'.repeat(64) },
      })}
    />
  ),
});

export const TakeInCharge: StoryObj = dialog('take_in_charge');
export const RequestIntegration: StoryObj = dialog('request_integration');
export const Preavviso: StoryObj = dialog('preavviso');
export const Conclude: StoryObj = dialog('conclude');
export const Reassign: StoryObj = dialog('reassign');
/** The server's 409 refusal, shown in the dialog. */
export const Refused: StoryObj = dialog('conclude', true);
