import { sha256Hex } from './sha256Hex';

/** The `prevHash` of an AOO's first register entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of one link of the register's chain: SHA-256 of the previous hash, a newline, the entry. */
export function chainHash(prevHash: string, entry: string): string {
  return sha256Hex(`${prevHash}\n${entry}`);
}
