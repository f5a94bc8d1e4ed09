import type { CompiledModule, Module } from '@modulo/form-model';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Draft, Identity, ModuloApi } from '../api/ModuloApi';
import { httpApi } from '../api/httpApi';
import type { AnswerValidator } from '../model/AnswerValidator';
import { messages } from '../messages';
import { bootMark } from '../bootMark';
import type { EarlyStart } from '../embed/earlyStart';
import { GuidedForm } from './GuidedForm';
import { loadStepForm } from './LazyStepForm';
import { loadFirstScreen } from './loadFirstScreen';
import { LoginPrompt } from './LoginPrompt';
import { LogoutBar } from './LogoutBar';

export interface ModuloFormProps {
  /** Origin of the Modulo server, e.g. "https://moduli.comune.example.it". */
  server?: string;
  /** Or a ready client (tests, stories). */
  api?: ModuloApi;
  ente: string;
  modulo: string;
  /** A pinned version; the current published one when absent. */
  version?: string;
  lang?: string;
  /** Validator override (previews); by default the server's precompiled module for the version. */
  validator?: AnswerValidator;
  personalAreaHref?: string;
  /** The client and first-screen requests the embed started as its script began to run. */
  start?: EarlyStart;
  /** Called once the first screen is painted (the embed then adds the web fonts). */
  onFirstScreen?(): void;
}

interface Loaded {
  module: Module;
  compiled: CompiledModule;
  validator: AnswerValidator;
  identity: Identity | null;
  draft: Draft | null;
}

/**
 * The whole embeddable form for React sites (and inside `<modulo-form>`): loads the published
 * module, its precompiled validator, the citizen's identity and any draft, then runs the
 * guided filing. A module that needs SPID/CIE asks to log in first.
 */
export function ModuloForm(props: ModuloFormProps) {
  const lang = props.lang ?? 'it';
  const t = messages(lang);
  const [api] = useState(() => props.start?.api ?? props.api ?? httpApi(props.server ?? ''));
  const [state, setState] = useState<{
    loaded?: Loaded;
    error?: string;
    needsLogin?: boolean;
    loggedOut?: boolean;
  }>({});
  const early = useRef(props.start?.firstScreen);
  // A layout effect: it runs as the loading state is committed, not a frame later, so data
  // already there (the embed's early start) render the first screen in the same task.
  useLayoutEffect(() => {
    let live = true;
    const fail = (e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) });
    (async () => {
      // Everything the first screen needs, at once: the module, who is there, their draft.
      const started = early.current;
      early.current = undefined;
      const { published, identity, draft } = await (started ??
        loadFirstScreen(api, props.ente, props.modulo, props.version));
      bootMark('modulo:data');
      // The steps' form (rjsf) and the validator are first needed on a step, never on the privacy
      // notice or the resume screen: they load while the citizen reads them, after the first
      // screen is painted.
      afterNextFrame(() => {
        props.onFirstScreen?.();
        void loadStepForm().catch(() => undefined);
      });
      let ready: AnswerValidator | undefined = props.validator;
      if (!ready)
        afterNextFrame(() =>
          // A chunk of its own (with form-model's message catalogue): not in the first script.
          import('../model/loadValidator')
            .then(({ loadValidator }) =>
              loadValidator(api.validatorUrl(props.ente, props.modulo, published.version), published.module),
            )
            .then((v) => {
              ready = v;
              bootMark('modulo:validator');
            })
            .catch(fail),
        );
      const validator: AnswerValidator = (data, l) => (ready ? ready(data, l) : []);
      const needsLogin = published.module.procedure.loginLevel !== 'none' && !identity;
      if (!live) return;
      setState({
        needsLogin,
        loaded: {
          module: published.module,
          compiled: { schema: published.schema, uiSchema: published.uiSchema },
          validator,
          identity,
          draft: identity ? draft : null,
        },
      });
    })().catch(fail);
    return () => {
      live = false;
    };
  }, [api, props.ente, props.modulo, props.version, props.validator]);
  useLayoutEffect(() => {
    if (state.loaded) bootMark('modulo:first-screen');
  }, [state.loaded]);

  if (state.error)
    return (
      <div className="alert alert-danger" role="alert">
        {t.loadFailed}
      </div>
    );
  if (!state.loaded)
    return (
      <p className="modulo-loading" role="status">
        {t.loading}
      </p>
    );
  const { loaded } = state;
  if (state.needsLogin)
    return (
      <div className="modulo-form" lang={lang}>
        <h1 className="modulo-title">{loaded.module.title[lang] ?? loaded.module.title.it}</h1>
        <LoginPrompt
          api={api}
          lang={lang}
          ente={props.ente}
          lead={t.loginToFile}
          // After "Esci" its button is gone: focus goes on to the login.
          focusOnMount={state.loggedOut}
        />
      </div>
    );
  // After "Esci" the session is gone: the login again, or (a module without one) a fresh form.
  const logout = api.logout?.bind(api);
  const onLogout = async () => {
    await logout?.();
    setState({
      loggedOut: true,
      needsLogin: loaded.module.procedure.loginLevel !== 'none',
      loaded: { ...loaded, identity: null, draft: null },
    });
  };
  return (
    <>
      {loaded.identity && logout ? (
        <LogoutBar identity={loaded.identity} lang={lang} onLogout={onLogout} />
      ) : null}
      <GuidedForm
        key={loaded.identity ? 'logged-in' : 'anonymous'}
        module={loaded.module}
        compiled={loaded.compiled}
        validator={loaded.validator}
        identity={loaded.identity}
        draft={loaded.draft}
        ente={props.ente}
        api={api}
        lang={lang}
        personalAreaHref={props.personalAreaHref}
      />
    </>
  );
}

/** Runs `run` once the next frame is painted (at once where there are no frames). */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}
