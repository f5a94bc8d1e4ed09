import { useEffect, useId, useState } from 'react';
import type { LintFinding, Module } from '@modulo/form-model';
import type { ApiFailure, DesignerApi, PublishedVersion } from '../api/DesignerApi';
import { Dialog } from '../app/Dialog';
import { pick, useLang, useT } from '../i18n/useT';
import type { PublishDiff } from './publishDiff';
import { publishDiff } from './publishDiff';

export interface PublishDialogProps {
  open: boolean;
  module: Module;
  findings: LintFinding[];
  api: DesignerApi;
  /** Saves the draft first (autosave flush); false when saving failed. */
  save(): Promise<boolean>;
  /** Sets the draft's version (the server publishes the draft under its own version). */
  setVersion(version: string): { ok: boolean; error?: { message: string } };
  onClose(): void;
  onPublished(version: PublishedVersion): void;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Publish: lint errors block; the diff from the last published version with breaking changes
 * marked and the suggested version; then publish, and the list of versions with who and when.
 */
export function PublishDialog({
  open,
  module,
  findings,
  api,
  save,
  setVersion: setDraftVersion,
  onClose,
  onPublished,
}: PublishDialogProps) {
  const t = useT();
  const lang = useLang();
  const versionId = useId();
  const [versions, setVersions] = useState<PublishedVersion[]>([]);
  const [diff, setDiff] = useState<PublishDiff | undefined>();
  const [version, setVersion] = useState(module.version);
  const [message, setMessage] = useState<string | undefined>();
  /** The reasons of a refused publish (each entry not in the directory, each lint error). */
  const [details, setDetails] = useState<ApiFailure['details']>();
  const [busy, setBusy] = useState(false);
  const errors = findings.filter((f) => f.severity === 'error');

  useEffect(() => {
    if (!open) return;
    setMessage(undefined);
    setDetails(undefined);
    let live = true;
    void (async () => {
      const list = await api.versions(module.id);
      if (!live || !list.ok) return;
      setVersions(list.value);
      const last = list.value[0];
      if (!last) {
        setDiff(undefined);
        setVersion(module.version);
        return;
      }
      const published = await api.publishedModule(module.id, last.version);
      if (!live || !published.ok) return;
      const d = publishDiff(published.value, module);
      setDiff(d);
      setVersion(d?.suggestedVersion ?? module.version);
    })();
    return () => {
      live = false;
    };
    // The diff is taken once per opening; edits are blocked behind the modal dialog anyway.
  }, [open]);

  const publish = async () => {
    if (!SEMVER.test(version) || versions.some((v) => v.version === version)) {
      setMessage(t('publish.badVersion'));
      return;
    }
    if (version !== module.version) {
      const set = setDraftVersion(version);
      if (!set.ok) return setMessage(set.error?.message ?? t('publish.badVersion'));
    }
    setBusy(true);
    setDetails(undefined);
    const saved = await save();
    const r = saved ? await api.publish(module.id, version) : undefined;
    setBusy(false);
    if (!r) return setMessage(t('save.error'));
    if (!r.ok) {
      setDetails(r.error.details);
      return setMessage(lang === 'en' ? r.error.messageEn : r.error.message);
    }
    setMessage(t('publish.done', { version }));
    setVersions([r.value, ...versions]);
    onPublished(r.value);
  };

  return (
    <Dialog title={t('publish.title')} open={open} onClose={onClose} closeLabel={t('publish.cancel')}>
      <h3>{t('publish.lint')}</h3>
      {errors.length > 0 ? (
        <>
          <p className="modulo-error">{t('publish.blocked')}</p>
          <ul>
            {errors.map((f, i) => (
              <li key={i}>
                {f.message} <code>{f.subject}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('lint.none')}</p>
      )}
      <h3>{t('publish.diff')}</h3>
      {versions.length === 0 ? (
        <p>{t('publish.first')}</p>
      ) : diff && diff.changes.length === 0 ? (
        <p>{t('publish.noChanges')}</p>
      ) : diff ? (
        <ul className="modulo-diff">
          {diff.changes.map((c, i) => (
            <li key={i} data-breaking={c.breaking}>
              {c.breaking && <strong className="modulo-sev-error">{t('publish.breaking')}: </strong>}
              {pick(c.message, lang)} <code>{c.path}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('publish.noDiff')}</p>
      )}
      {diff && (
        <p>
          {t('publish.suggested')}: <strong>{diff.suggestedVersion}</strong>
        </p>
      )}
      <label htmlFor={versionId}>{t('publish.version')}</label>
      <input id={versionId} name="version" value={version} onChange={(e) => setVersion(e.target.value)} />
      <button type="button" disabled={errors.length > 0 || busy} onClick={() => void publish()}>
        {t('publish.run')}
      </button>
      <div role="status">{message && <p>{message}</p>}</div>
      {details && details.length > 0 && (
        <ul className="modulo-publish-problems">
          {details.map((d, i) => (
            <li key={i}>
              {lang === 'en' ? (d.messageEn ?? d.message) : d.message} {d.path && <code>{d.path}</code>}
            </li>
          ))}
        </ul>
      )}
      {versions.length > 0 && (
        <>
          <h3>{t('publish.versions')}</h3>
          <ul>
            {versions.map((v) => (
              <li key={v.version}>
                {t('publish.by', {
                  version: v.version,
                  who: v.publishedBy,
                  when: new Date(v.publishedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'it-IT'),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
