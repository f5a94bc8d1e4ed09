// The register's hash chain and its checks, for the CLI (`pnpm modulo verify-register`).
export { verifyRegisterFile } from './verifyRegisterFile';
export { chainHash, GENESIS_HASH } from './chainHash';
export { canonicalJson } from './canonicalJson';
export { registerEntry } from './registerEntry';
export { newPraticaCode, isPraticaCode, PRATICA_CODE_ALPHABET } from './praticaCode';
