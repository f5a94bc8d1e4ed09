import { useEffect, useMemo, useState } from 'react';
import type { Module } from '@modulo/form-model';
import { findField, listFieldKinds, localize } from '@modulo/form-model';
import type { DesignerApi, Directory } from '../api/DesignerApi';
import { Canvas } from '../canvas/Canvas';
import { DesignerDnd } from '../canvas/DesignerDnd';
import type { Lang } from '../i18n/useT';
import { LangContext, translator } from '../i18n/useT';
import { Inspector } from '../inspector/Inspector';
import { KindPalette } from '../palette/KindPalette';
import { ImportDialog } from '../panels/ImportDialog';
import { JsonDialog } from '../panels/JsonDialog';
import { LintPanel } from '../panels/LintPanel';
import { PublishDialog } from '../panels/PublishDialog';
import { StartDialog } from '../panels/StartDialog';
import { PreviewPane } from '../preview/PreviewPane';
import { createAutosave } from '../state/createAutosave';
import { createDesignerStore } from '../state/createDesignerStore';
import { designerCommands } from '../state/designerCommands';
import type { DesignerHandle } from '../state/useDesigner';
import { DesignerContext, useDesigner, useDesignerHandle } from '../state/useDesigner';
import { RefusalBanner } from './RefusalBanner';
import { SaveStatusLine } from './SaveStatus';

export interface DesignerAppProps {
  api: DesignerApi;
  /** The module to open. */
  module: Module;
  lang?: Lang;
  /** Autosave quiet time (ms). */
  autosaveDelayMs?: number;
}

type DialogName = 'json' | 'start' | 'import' | 'publish' | undefined;

/** The designer: header, palette, canvas, inspector, preview and lint, over one store. */
export function DesignerApp({ api, module, lang: initialLang = 'it', autosaveDelayMs }: DesignerAppProps) {
  const handle = useMemo<DesignerHandle>(() => {
    const store = createDesignerStore(module);
    return {
      store,
      commands: designerCommands(store),
      api,
      autosave: createAutosave(store, api, { delayMs: autosaveDelayMs }),
    };
    // One store per mounted app: a different module is loaded into it, not a new store.
  }, []);
  const [lang, setLang] = useState<Lang>(initialLang);
  const [directory, setDirectory] = useState<Directory | undefined>();
  const [templates, setTemplates] = useState<Module[]>([]);
  useEffect(() => {
    void api.directory().then((r) => r.ok && setDirectory(r.value));
    return () => handle.autosave?.stop();
  }, [api, handle]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('app.title');
  }, [lang]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
      if (handle.commands.shortcut(e)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [handle]);
  return (
    <LangContext.Provider value={lang}>
      <DesignerContext.Provider value={handle}>
        <Shell
          lang={lang}
          setLang={setLang}
          directory={directory}
          templates={templates}
          loadTemplates={() => void api.templates().then((r) => r.ok && setTemplates(r.value))}
        />
      </DesignerContext.Provider>
    </LangContext.Provider>
  );
}

function Shell({
  lang,
  setLang,
  directory,
  templates,
  loadTemplates,
}: {
  lang: Lang;
  setLang(l: Lang): void;
  directory?: Directory;
  templates: Module[];
  loadTemplates(): void;
}) {
  const t = translator(lang);
  const handle = useDesignerHandle();
  const { store, commands, api } = handle;
  const module = useDesigner((s) => s.module);
  const canUndo = useDesigner((s) => s.canUndo);
  const canRedo = useDesigner((s) => s.canRedo);
  const [dialog, setDialog] = useState<DialogName>();
  const kinds = useMemo(() => listFieldKinds(), []);
  const close = () => setDialog(undefined);
  const open = async (m: Module, create: boolean) => {
    if (create) {
      const r = await api.createModule(m);
      if (!r.ok) return;
    }
    store.load(m);
    close();
  };
  const addToSelectedStep = (kind: string) => {
    const s = store.getState();
    const sel = s.selection;
    const stepId =
      sel.kind === 'step' ? sel.id : sel.kind === 'field' ? findField(s.module, sel.id)?.stepId : undefined;
    commands.addField(kind, { stepId: stepId ?? s.module.steps.at(-1)!.id });
  };
  return (
    <div className="modulo-app">
      <a className="modulo-skip" href="#workspace">
        {t('app.skip')}
      </a>
      <header className="modulo-header">
        <p className="modulo-brand">
          {t('app.modules')} › <strong>{localize(module.title, lang)}</strong> <code>{module.id}</code>{' '}
          {module.version}
        </p>
        <a href={pratichHref()}>{lang === 'en' ? 'Cases' : 'Pratiche'}</a>
        <SaveStatusLine />
        <nav aria-label={t('app.modules')} className="modulo-toolbar">
          <button
            type="button"
            disabled={!canUndo}
            onClick={() => commands.undo()}
            aria-keyshortcuts="Control+Z"
          >
            {t('app.undo')}
          </button>
          <button
            type="button"
            disabled={!canRedo}
            onClick={() => commands.redo()}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t('app.redo')}
          </button>
          <button type="button" onClick={() => commands.select({ kind: 'procedure' })}>
            {t('app.procedure')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (templates.length === 0) loadTemplates();
              setDialog('start');
            }}
          >
            {t('app.new')}
          </button>
          <button type="button" onClick={() => setDialog('import')}>
            {t('app.import')}
          </button>
          <button type="button" onClick={() => setDialog('json')}>
            {t('app.json')}
          </button>
          <button type="button" onClick={() => setDialog('publish')}>
            {t('app.publish')}
          </button>
          <button
            type="button"
            lang={lang === 'it' ? 'en' : 'it'}
            aria-label={t('app.langLabel')}
            onClick={() => setLang(lang === 'it' ? 'en' : 'it')}
          >
            {t('app.lang')}
          </button>
        </nav>
      </header>
      <RefusalBanner />
      <DesignerDnd>
        <main id="workspace" className="modulo-workspace" tabIndex={-1}>
          <KindPalette kinds={kinds} onPick={addToSelectedStep} />
          <Canvas />
          <aside className="modulo-side" aria-label={t('inspector.title')}>
            <Inspector directory={directory} />
            <LintPanel module={module} onSelect={commands.select} />
          </aside>
          <PreviewPane module={module} />
        </main>
      </DesignerDnd>
      <JsonDialog module={module} open={dialog === 'json'} onClose={close} />
      <StartDialog
        open={dialog === 'start'}
        templates={templates}
        onClose={close}
        onStart={(m) => void open(m, true)}
      />
      <ImportDialog open={dialog === 'import'} onClose={close} onImport={(m) => void open(m, true)} />
      <PublishDialog
        open={dialog === 'publish'}
        module={module}
        findings={dialog === 'publish' ? store.findings() : []}
        api={api}
        save={() => handle.autosave?.flush() ?? Promise.resolve(true)}
        setVersion={(v) => {
          const r = commands.setVersion(v);
          return r.ok ? { ok: true } : { ok: false, error: r.error };
        }}
        onClose={close}
        onPublished={() =>
          void api.loadModule(module.id).then((r) => {
            if (r.ok) store.load(r.value);
          })
        }
      />
    </div>
  );
}

/** The Pratiche area of the same app, keeping the ente. */
function pratichHref(): string {
  const ente = new URLSearchParams(window.location.search).get('ente');
  return ente ? `?area=pratiche&ente=${encodeURIComponent(ente)}` : '?area=pratiche';
}
