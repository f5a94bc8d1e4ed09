import { useEffect, useRef, useState } from 'react';
import { useLang } from '../i18n/useT';
import { BarChart } from './BarChart';
import type { BackofficeApi, RatingComment, RatingsReport } from './BackofficeApi';
import { followUpLabel, useMt } from './monitoringMessages';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/**
 * The satisfaction ratings for staff (C.SE.1.7): the scores' distribution, the follow-up answers
 * of each question, and the comments, newest first, a page at a time ("Carica altri"). Comments
 * carry procedure, dates, score and follow-up only: never who wrote them.
 */
export function RatingsView({
  api,
  enteId,
  module,
}: {
  api: BackofficeApi;
  enteId: string;
  module?: string;
}) {
  const t = useMt();
  const lang = useLang();
  const [report, setReport] = useState<RatingsReport | undefined>();
  const [comments, setComments] = useState<RatingComment[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);
  const firstNew = useRef<number | undefined>(undefined);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    let live = true;
    setReport(undefined);
    setComments([]);
    setError(undefined);
    void api.ratings(enteId, module ? { module } : {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setReport(r.value);
        setComments(r.value.comments);
      } else setError(lang === 'en' ? r.error.messageEn : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, enteId, module, lang]);
  useEffect(() => {
    // After "Carica altri", the keyboard goes on from the first comment just loaded.
    if (firstNew.current === undefined) return;
    list.current?.querySelectorAll<HTMLElement>('li')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [comments]);
  const more = async () => {
    if (!report?.nextCursor) return;
    setLoading(true);
    const r = await api.ratings(enteId, { ...(module ? { module } : {}), cursor: report.nextCursor });
    setLoading(false);
    if (!r.ok) return setError(lang === 'en' ? r.error.messageEn : r.error.message);
    firstNew.current = comments.length;
    setReport(r.value);
    setComments((c) => [...c, ...r.value.comments]);
  };
  const date = (iso: string) =>
    new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(
      lang === 'en' ? 'en-GB' : 'it-IT',
    );
  const body = () => {
    if (error)
      return (
        <p role="alert" className="modulo-error">
          {error}
        </p>
      );
    if (!report) return <p role="status">{t('rat.loading')}</p>;
    const count = SCORES.reduce((n, s) => n + report.distribution[s], 0);
    const avg = count ? SCORES.reduce((n, s) => n + Number(s) * report.distribution[s], 0) / count : 0;
    const answers = (q: 'low' | 'high') =>
      report.followUps
        .filter((f) => f.question === q)
        .map((f) => ({ label: followUpLabel(t, f.answer), value: f.count }));
    return (
      <>
        <p>
          {count === 0
            ? t('rat.noRatings')
            : t('rat.summary', {
                count,
                avg: avg.toLocaleString(lang === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 }),
              })}
        </p>
        <div className="modulo-charts">
          <BarChart
            title={t('rat.distribution')}
            labelHeader={t('rat.score')}
            valueHeader={t('rat.votes')}
            bars={SCORES.map((s) => ({ label: t('rat.stars', { n: s }), value: report.distribution[s] }))}
          />
        </div>
        <h4>{t('rat.followUps')}</h4>
        <div className="modulo-charts">
          {(['low', 'high'] as const).map((q) =>
            answers(q).length ? (
              <BarChart
                key={q}
                title={t(q === 'low' ? 'rat.low' : 'rat.high')}
                labelHeader={t('rat.answer')}
                valueHeader={t('rat.votes')}
                bars={answers(q)}
              />
            ) : null,
          )}
        </div>
        <h4 id="modulo-comments-title">{t('rat.comments')}</h4>
        <p className="modulo-hint">{t('rat.commentsHint')}</p>
        {comments.length === 0 ? (
          <p>{t('rat.noComments')}</p>
        ) : (
          <ol className="modulo-comments" ref={list} aria-labelledby="modulo-comments-title">
            {comments.map((c) => (
              <li key={c.id} tabIndex={-1} data-comment={c.id}>
                <p className="modulo-comment-meta">
                  <strong>{c.moduleTitle}</strong> · {t('rat.stars', { n: c.rating })} ·{' '}
                  {t('rat.followUp', { answer: followUpLabel(t, c.followUp) })}
                </p>
                <blockquote>{c.comment}</blockquote>
                <p className="modulo-hint">
                  {t('rat.filed', { date: date(c.filedAt) })}, {t('rat.rated', { date: date(c.ratedAt) })}
                </p>
              </li>
            ))}
          </ol>
        )}
        {report.nextCursor && (
          <button type="button" onClick={() => void more()} disabled={loading}>
            {t('rat.more')}
          </button>
        )}
      </>
    );
  };
  return (
    <section aria-labelledby="modulo-ratings-title" className="modulo-ratings">
      <h3 id="modulo-ratings-title">{t('rat.title')}</h3>
      {body()}
    </section>
  );
}
