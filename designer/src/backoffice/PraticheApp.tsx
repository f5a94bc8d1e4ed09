import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/useT';
import { LangContext } from '../i18n/useT';
import { ActionDialog } from './ActionDialog';
import type {
  ActionType,
  AuditEntry,
  BackofficeApi,
  Directory,
  PraticaAction,
  PraticaDetail,
} from './BackofficeApi';
import { useBt } from './backofficeMessages';
import { MonitoringView } from './MonitoringView';
import { PraticaView } from './PraticaView';
import { PraticheInbox } from './PraticheInbox';

export interface PraticheAppProps {
  api: BackofficeApi;
  lang?: Lang;
  /** Where the Moduli area is (the designer), for the area switch. */
  modulesHref?: string;
  /** The inbox (default) or the Monitoraggio view (`?area=pratiche&view=monitoraggio`). */
  view?: 'inbox' | 'monitoring';
  /** The query that keeps the ente and language across the area's links (e.g. `&ente=borgo`). */
  keep?: string;
}

/** The Pratiche area of the staff app: the inbox, one pratica, and its action dialogs. */
export function PraticheApp({
  api,
  lang = 'it',
  modulesHref = '?',
  view = 'inbox',
  keep = '',
}: PraticheAppProps) {
  return (
    <LangContext.Provider value={lang}>
      {view === 'monitoring' ? (
        <MonitoringArea api={api} modulesHref={modulesHref} keep={keep} />
      ) : (
        <PraticheArea api={api} modulesHref={modulesHref} keep={keep} />
      )}
    </LangContext.Provider>
  );
}

/** The area's heading and its links: Moduli, Pratiche, Monitoraggio. */
function AreaHeader({
  current,
  modulesHref,
  keep,
}: {
  current: 'inbox' | 'monitoring';
  modulesHref: string;
  keep: string;
}) {
  const t = useBt();
  return (
    <header className="modulo-header">
      <h1>{t(current === 'monitoring' ? 'area.monitoring' : 'area.title')}</h1>
      <nav aria-label={t('area.nav')} className="modulo-toolbar">
        <a href={modulesHref}>{t('area.modules')}</a>
        <a href={`?area=pratiche${keep}`} aria-current={current === 'inbox' ? 'page' : undefined}>
          {t('area.title')}
        </a>
        <a
          href={`?area=pratiche&view=monitoraggio${keep}`}
          aria-current={current === 'monitoring' ? 'page' : undefined}
        >
          {t('area.monitoring')}
        </a>
      </nav>
    </header>
  );
}

function MonitoringArea({
  api,
  modulesHref,
  keep,
}: {
  api: BackofficeApi;
  modulesHref: string;
  keep: string;
}) {
  const t = useBt();
  useEffect(() => {
    document.title = `${t('area.monitoring')} — Modulo`;
  }, [t]);
  return (
    <>
      <AreaHeader current="monitoring" modulesHref={modulesHref} keep={keep} />
      <main className="modulo-backoffice">
        <MonitoringView api={api} />
      </main>
    </>
  );
}

function PraticheArea({ api, modulesHref, keep }: { api: BackofficeApi; modulesHref: string; keep: string }) {
  const t = useBt();
  const [open, setOpen] = useState<PraticaDetail | undefined>();
  const [action, setAction] = useState<ActionType | undefined>();
  const [version, setVersion] = useState(0);
  const [focusKey, setFocusKey] = useState(0);
  const [left, setLeft] = useState<string | undefined>();
  const [choices, setChoices] = useState({
    procedures: [] as string[],
    comuni: [] as string[],
    offices: [] as { id: string; name: string }[],
  });
  const [error, setError] = useState<string | undefined>();
  const [audit, setAudit] = useState<{ code: string; entries?: AuditEntry[]; error?: string }>();
  const code = open?.code;
  const enteId = open?.ente.id;
  const [directory, setDirectory] = useState<Directory | undefined>();
  useEffect(() => {
    // Whom a pratica can be reassigned to: the ente's directory (offices, staff who handle pratiche).
    if (!enteId) return;
    let live = true;
    void api.directory(enteId).then((r) => {
      if (live && r.ok) setDirectory(r.value);
    });
    return () => {
      live = false;
    };
  }, [api, enteId]);
  useEffect(() => {
    // The open pratica's audit log, read again after every change to it (`open` is replaced).
    if (!code) return;
    let live = true;
    void api.audit(code).then((r) => {
      if (live) setAudit(r.ok ? { code, entries: r.value } : { code, error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [api, code, open]);
  useEffect(() => {
    // The filters' choices: what the ente's pratiche hold (the server has no separate list yet).
    void api.list({ pageSize: 500 }).then((r) => {
      if (!r.ok) return;
      const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
      const offices = new Map(
        r.value.items.map((p) => [p.assignment.officeId ?? '', p.assignment.officeName]),
      );
      offices.delete('');
      setChoices({
        procedures: uniq(r.value.items.map((p) => p.moduleId)),
        comuni: uniq(r.value.items.map((p) => p.comune)),
        offices: [...offices].map(([id, name]) => ({ id, name })),
      });
    });
  }, [api]);
  useEffect(() => {
    document.title = `${t('area.title')} — Modulo`;
  }, [t]);
  const openPratica = async (code: string) => {
    const r = await api.get(code);
    if (r.ok) {
      setOpen(r.value);
      setError(undefined);
    } else setError(r.error.message);
  };
  const submit = async (a: PraticaAction) => {
    const r = await api.act(open!.code, a);
    if (r.ok) {
      setOpen(r.value);
      setVersion((v) => v + 1);
    }
    return r;
  };
  return (
    <>
      <AreaHeader current="inbox" modulesHref={modulesHref} keep={keep} />
      <main className="modulo-backoffice">
        {error && (
          <p role="alert" className="modulo-error">
            {error}
          </p>
        )}
        {open ? (
          <PraticaView
            pratica={open}
            onBack={() => {
              setLeft(open.code);
              setOpen(undefined);
            }}
            focusKey={focusKey}
            attachmentHref={(uploadId) => api.attachmentHref(open.code, uploadId)}
            audit={{
              code: open.code,
              csvHref: api.auditCsvHref(open.code),
              entries: audit?.code === open.code ? audit.entries : undefined,
              ...(audit?.code === open.code && audit.error ? { error: audit.error } : {}),
            }}
            onAction={setAction}
            onSendMessage={async (body) => {
              const r = await api.sendMessage(open.code, { body });
              if (r.ok) await openPratica(open.code);
              return r;
            }}
          />
        ) : (
          <PraticheInbox
            api={api}
            procedures={choices.procedures}
            comuni={choices.comuni}
            version={version}
            returnTo={left}
            onOpen={(code) => void openPratica(code)}
          />
        )}
        {open && (
          <ActionDialog
            type={action}
            pratica={open}
            offices={(directory?.offices ?? choices.offices).filter((o) => o.id !== open.route.officeId)}
            operators={(directory?.staff ?? []).filter(
              (s) =>
                s.id !== open.route.responsibleId &&
                s.roles.some((r) => r === 'operator' || r === 'responsible' || r === 'admin'),
            )}
            onClose={() => {
              setAction(undefined);
              setFocusKey((k) => k + 1);
            }}
            onSubmit={submit}
            onUpload={(file) => api.upload(file, file.name)}
          />
        )}
      </main>
    </>
  );
}
