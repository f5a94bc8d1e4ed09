import type { Module } from '@modulo/form-model';
import { useEffect, useState } from 'react';
import type { ModuloApi } from '../api/ModuloApi';
import { text } from '../model/modelAdapter';

/** A link to a related service on the confirmation page. */
export interface RelatedService {
  title: string;
  href: string;
}

/**
 * The other services of the module's office, from the ente's catalogue, loaded once `active`
 * (the pratica is filed). Nothing when the catalogue cannot be read: the page stays useful.
 */
export function useRelatedServices(
  active: boolean,
  api: ModuloApi | undefined,
  ente: string,
  module: Module,
  lang: string,
): RelatedService[] {
  const [related, setRelated] = useState<RelatedService[]>([]);
  useEffect(() => {
    if (!active || !api) return;
    let live = true;
    const office = text(module.procedure.office.name, lang);
    api
      .services(ente, lang)
      .then((list) => {
        if (!live) return;
        setRelated(
          list
            .filter((s) => s.moduleId !== module.id && s.office === office)
            .slice(0, 5)
            .map((s) => ({ title: s.title, href: api.url(s.serviceUrl) })),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, api, ente, lang, module]);
  return related;
}
