import type { IdentityStore } from '../storage/IdentityStore';
import { ApiError } from '../errors';

/** Failed password logins allowed per window: per address and account, and per address alone. */
export const LOGIN_LIMITS = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 30 };

const keys = (ip: string, enteId: string, username: string) => ({
  account: `pw|${ip}|${enteId}|${username.toLowerCase()}`,
  address: `pw|${ip}`,
});

/**
 * Refuses with 429 `rate_limited` once too many logins failed from this address (for this
 * account, or at all) within the window. Counted in the store, so a restart or a second
 * instance does not reset it.
 */
export async function checkLoginRate(
  store: IdentityStore,
  now: Date,
  ip: string,
  enteId: string,
  username: string,
) {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowSeconds * 1000);
  const k = keys(ip, enteId, username);
  const [account, address] = await Promise.all([
    store.countLoginFailures(k.account, since),
    store.countLoginFailures(k.address, since),
  ]);
  if (account >= LOGIN_LIMITS.perAccount || address >= LOGIN_LIMITS.perAddress)
    throw new ApiError(
      'rate_limited',
      'Troppi tentativi di accesso non riusciti. Riprova fra 15 minuti.',
      `Too many failed logins from this address; retry after ${LOGIN_LIMITS.windowSeconds} s.`,
      { details: { retryAfterSeconds: LOGIN_LIMITS.windowSeconds } },
    );
}

/** Counts a failed login under both keys. */
export const recordLoginFailure = (
  store: IdentityStore,
  now: Date,
  ip: string,
  enteId: string,
  username: string,
) => {
  const k = keys(ip, enteId, username);
  return store.recordLoginFailure([k.account, k.address], now);
};

/** A successful login clears its account's count (not the address's). */
export const clearLoginFailures = (store: IdentityStore, ip: string, enteId: string, username: string) =>
  store.clearLoginFailures(keys(ip, enteId, username).account);
