/**
 * Concurrent identical reads share one query: under load most filings of an instance ask for
 * the same ente and module version in the same few milliseconds, and each query is a round trip
 * that costs both the instance and PostgreSQL CPU (socket writes, protocol parsing). A read
 * issued after `forget()` (called once a local write has committed) never joins an older
 * query, so an instance reads its own writes; across instances the reads are as fresh as
 * before. Callers build their own objects from the shared rows: rows are never mutated.
 */
export class SharedReads<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  read(key: string, query: () => Promise<T>): Promise<T> {
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const started = query().finally(() => {
      if (this.inFlight.get(key) === started) this.inFlight.delete(key);
    });
    this.inFlight.set(key, started);
    return started;
  }

  /** Later reads start their own query. */
  forget(): void {
    this.inFlight.clear();
  }
}
