import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StepIndicator } from './StepIndicator';

const steps = [
  { id: 'richiedente', title: 'Richiedente' },
  { id: 'dati', title: 'Dati della domanda' },
  { id: 'riepilogo', title: 'Riepilogo' },
];

describe('StepIndicator', () => {
  it('says which step of how many, and marks the current one for assistive technology', () => {
    const html = renderToStaticMarkup(<StepIndicator steps={steps} current={1} />);
    expect(html).toContain('Passo 2 di 3');
    expect(html).toContain('<li aria-current="step" class="current">Dati della domanda</li>');
    expect(html).toContain('Richiedente<span class="visually-hidden"> (completato)</span>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
