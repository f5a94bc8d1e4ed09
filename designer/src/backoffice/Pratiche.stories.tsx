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

const dialog = (type: ActionType, refuse = false): StoryObj => ({
  render: () => (
    <ActionDialog
      type={type}
      pratica={inCharge}
      offices={offices}
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
