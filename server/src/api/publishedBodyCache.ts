import type { PublishedModule } from '../storage/ModuleStore';

/**
 * The JSON of a published version's response (module, compiled schema and uiSchema), kept so a
 * module is compiled once, not on every embed start (~12 ms for 200 fields). A version is never
 * replaced once published, so the key is what identifies its bytes: ente, module, version, the
 * language of the compile, and the two things that change on it — its status (archive) and
 * `publishedAt`. The store is read on every request, so an archive or a new publication
 * is never served stale, on this node or another; the old entry just ages out.
 */
export interface PublishedBodyCache {
  /** The cached JSON of `v` in `lang`, or `build()`'s, serialised and kept. */
  json(enteId: string, v: PublishedModule, lang: string | undefined, build: () => unknown): string;
  /** Entries kept (for tests). */
  readonly size: number;
  /** Bodies built (a miss each), for tests. */
  readonly builds: number;
}

/** A least-recently-used cache of at most `max` response bodies. */
export function publishedBodyCache(max = 256): PublishedBodyCache {
  const entries = new Map<string, string>();
  let builds = 0;
  return {
    json(enteId, v, lang, build) {
      const key = JSON.stringify([enteId, v.moduleId, v.version, lang ?? '', v.status, v.publishedAt]);
      const hit = entries.get(key);
      if (hit !== undefined) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      builds++;
      const text = JSON.stringify(build());
      entries.set(key, text);
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return text;
    },
    get size() {
      return entries.size;
    },
    get builds() {
      return builds;
    },
  };
}
