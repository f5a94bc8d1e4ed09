import { useEffect, useState } from 'react';
import type { ModuloApi } from '../api/ModuloApi';
import { Rating } from '../flow/Rating';
import { areaMessages } from './areaMessages';

/**
 * The service rating once the pratica is concluded (Designers Italia C.SE.1.9 / 1.10): the same
 * `Rating` as the confirmation page, or the score already given (a pratica is rated once).
 */
export function PraticaRating({ api, code, lang }: { api: ModuloApi; code: string; lang: string }) {
  const t = areaMessages(lang);
  const [given, setGiven] = useState<{ score: number } | null | undefined>();
  useEffect(() => {
    api.myRating(code).then(setGiven, () => setGiven(null));
  }, [api, code]);
  if (given === undefined) return null;
  if (given)
    return (
      <p className="modulo-rating" data-element="feedback-rated">
        {t.ratedAlready(given.score)}
      </p>
    );
  return <Rating lang={lang} onSend={(r) => api.rate(code, r)} />;
}
