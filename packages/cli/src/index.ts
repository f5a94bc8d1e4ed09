export { runCli, USAGE } from './runCli';
export type { CliIo } from './io';
