import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { loadStepForm } from '../flow/LazyStepForm';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders into a fresh container in the (jsdom) document; returns it and an unmount. */
export async function render(node: ReactNode): Promise<{ container: HTMLElement; unmount(): void }> {
  // Steps render at once, as in a page where StepForm's chunk has arrived (LazyStepForm.tsx).
  await loadStepForm();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  const unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  mounted.push(unmount);
  return { container, unmount };
}

const mounted: (() => void)[] = [];

/** Unmounts everything `render` mounted (call in `afterEach`). */
export function cleanup(): void {
  for (const unmount of mounted.splice(0)) unmount();
}

/** Types into an input as a user does: the native value setter, then an input event. */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto =
    input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export async function click(el: Element): Promise<void> {
  await act(async () => (el as HTMLElement).click());
}
