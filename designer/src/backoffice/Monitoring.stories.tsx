import type { Meta, StoryObj } from '@storybook/react-vite';
import { LangContext } from '../i18n/useT';
import { BarChart } from './BarChart';
import type { BackofficeApi } from './BackofficeApi';
import { createMemoryBackofficeApi } from './createMemoryBackofficeApi';
import { MonitoringView } from './MonitoringView';
import { PraticheApp } from './PraticheApp';
import { RatingsView } from './RatingsView';

const meta: Meta = { title: 'Backoffice/Monitoraggio' };
export default meta;

/** The staff app's Monitoraggio view over the memory api (sample pratiche and ratings). */
export const Monitoring: StoryObj = { render: () => <MonitoringView api={createMemoryBackofficeApi()} /> };

/** The whole area opened on Monitoraggio, with its links to Moduli and Pratiche. */
export const Area: StoryObj = {
  render: () => <PraticheApp api={createMemoryBackofficeApi()} view="monitoring" />,
};

/** The same view in English. */
export const English: StoryObj = {
  render: () => (
    <LangContext.Provider value="en">
      <MonitoringView api={createMemoryBackofficeApi()} />
    </LangContext.Provider>
  ),
};

/** One chart with its table alternative open. */
export const ChartWithTable: StoryObj = {
  render: () => (
    <BarChart
      title="Domande presentate per mese"
      labelHeader="Mese"
      valueHeader="Domande"
      open
      bars={[
        { label: 'set 2026', value: 12 },
        { label: 'ott 2026', value: 30 },
        { label: 'nov 2026', value: 21 },
      ]}
    />
  ),
};

/** Ratings for staff: distribution, follow-up answers, comments with “Carica altri”. */
export const Ratings: StoryObj = {
  render: () => <RatingsView api={createMemoryBackofficeApi()} enteId="montebello" />,
};

/** No ratings yet. */
export const RatingsEmpty: StoryObj = {
  render: () => <RatingsView api={createMemoryBackofficeApi({ ratings: [] })} enteId="montebello" />,
};

const failing: BackofficeApi = {
  ...createMemoryBackofficeApi(),
  ratings: async () => ({
    ok: false,
    error: { code: 'not_found', message: 'Pagina non trovata.', messageEn: 'Not found.' },
  }),
};

/** The ratings cannot be read: the reason, in an alert. */
export const RatingsUnavailable: StoryObj = {
  render: () => <RatingsView api={failing} enteId="montebello" />,
};
