// The register's hash chain and its checks, for the CLI (`pnpm modulo verify-register`).
export { verifyRegisterFile } from './verifyRegisterFile';
export { verifyRegister } from './verifyRegister';
export { copySqliteToPg } from '../storage/copySqliteToPg';
export type { CopyReport } from '../storage/copySqliteToPg';
export { chainHash, GENESIS_HASH } from './chainHash';
export { canonicalJson } from './canonicalJson';
export { registerEntry } from './registerEntry';
export { newPraticaCode, isPraticaCode, PRATICA_CODE_ALPHABET } from './praticaCode';
