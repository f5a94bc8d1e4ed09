import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: (() => void)[] = [];

/** Renders into a fresh container of the (jsdom) document, effects and pending promises settled. */
export async function render(node: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  await settle();
  mounted.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  return container;
}

/** Lets the api's promises resolve and React apply what they set. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

/** Unmounts everything `render` mounted (call in `afterEach`). */
export function cleanup(): void {
  for (const unmount of mounted.splice(0)) unmount();
}

/** Clicks an element inside act(), then settles. */
export async function click(el: Element): Promise<void> {
  await act(async () => (el as HTMLElement).click());
  await settle();
}

/** Chooses a `<select>` option as a user does (value, then a change event), then settles. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
