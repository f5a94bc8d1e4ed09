import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Module } from '@modulo/form-model';
import { sampleDirectory } from '../api/sampleDirectory';
import { makeTestModule } from '../state/makeTestModule';
import { DesignerStory } from '../stories/DesignerStory';
import { Inspector } from './Inspector';

const meta: Meta<typeof Inspector> = { title: 'Designer/Inspector', component: Inspector };
export default meta;

/** One field of every kind the inspector draws differently, after the test module's own. */
function withKinds(): Module {
  const m = makeTestModule();
  m.steps[1]!.fields.push(
    {
      id: 'servizio',
      kind: 'single-choice',
      label: { it: 'Quale servizio?' },
      props: {
        options: [
          { value: 'mensa', label: { it: 'Mensa' } },
          { value: 'trasporto', label: { it: 'Trasporto' } },
        ],
      },
    },
    { id: 'documento', kind: 'attachment', label: { it: 'Documento d’identità' } },
    { id: 'cf', kind: 'codice-fiscale', label: { it: 'Codice fiscale' }, prefill: 'fiscalNumber' },
  );
  const email = m.steps[1]!.fields[0]!;
  email.requiredWhen = { field: 'pericolo', op: 'equals', value: true };
  m.steps[1]!.exits = [
    {
      id: 'nessunPericolo',
      when: { field: 'pericolo', op: 'equals', value: false },
      title: { it: 'Questo servizio non fa per te' },
      message: { it: 'Senza pericolo usa la segnalazione generica.' },
      link: { url: 'https://www.comune.example.it/segnalazioni', label: { it: 'Segnalazioni' } },
    },
  ];
  return m;
}

const story = (selection: Parameters<typeof DesignerStory>[0]['selection']): StoryObj<typeof Inspector> => ({
  render: () => (
    <DesignerStory module={withKinds()} selection={selection}>
      <Inspector directory={sampleDirectory} />
    </DesignerStory>
  ),
});

export const ShortText: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'nome' });
export const ConditionalLongText: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'descrizione' });
export const SingleChoiceOptions: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'servizio' });
export const Attachment: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'documento' });
export const PrefilledCodiceFiscale: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'cf' });
export const RequiredWhen: StoryObj<typeof Inspector> = story({ kind: 'field', id: 'email' });
/** Title, description, visibility and the step's eligibility exits. */
export const Step: StoryObj<typeof Inspector> = story({ kind: 'step', id: 'recapiti' });
export const Procedure: StoryObj<typeof Inspector> = story({ kind: 'procedure' });
