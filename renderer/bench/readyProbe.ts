/**
 * The start probe of `bench:renderer` and `startAb.ts`, a string run before the page's scripts
 * (not a function: tsx compiles functions with esbuild's `keepNames`, whose `__name(...)` helper
 * does not exist in the page, so a serialised arrow function with a named inner function threw).
 *
 * `window.__ready`: the first animation frame in which the first screen's consent checkbox is in
 * the element's shadow root, visible (`checkVisibility()`) and styled (the shadow root's stylesheet
 * has loaded: a build that showed its content before would count an unstyled first screen). Preact attaches its handlers in the same commit that inserts it, so
 * from that frame a click on it is handled (the privacy notice is the guided flow's first screen:
 * the module's own fields come after it). `window.__painted`: once that frame is drawn (a task
 * queued from the frame's callback runs after its style, layout and paint).
 */
export const READY_PROBE = `(() => {
  const poll = () => {
    const root = document.querySelector('modulo-form')?.shadowRoot;
    const box = root?.querySelector('input[type=checkbox]');
    const styled = root && [...root.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet);
    if (box?.checkVisibility() && styled) {
      window.__ready = performance.now();
      setTimeout(() => (window.__painted = performance.now()), 0);
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/**
 * `window.__field`: a citizen who consents the moment the checkbox appears and presses "Avanti"
 * a frame later; the first frame in which the first step's first field (`#…_f0`, a text input of
 * `generateModule`) is in the shadow root. It waits on StepForm's chunk (rjsf and the theme).
 */
export const FIELD_PROBE = `(() => {
  const root = () => document.querySelector('modulo-form')?.shadowRoot;
  const field = () => {
    if (root()?.querySelector('input[id$="_f0"]')) window.__field = performance.now();
    else requestAnimationFrame(field);
  };
  const consent = () => {
    const box = root()?.querySelector('input[type=checkbox]');
    if (!box?.checkVisibility()) return requestAnimationFrame(consent);
    box.click();
    requestAnimationFrame(() => {
      root().querySelector('button[type=submit]').click();
      requestAnimationFrame(field);
    });
  };
  requestAnimationFrame(consent);
})();`;
