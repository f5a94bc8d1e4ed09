export { libraryModules, getLibraryModule, loadModules, LibraryModuleError, MODULES_DIR } from './registry';
export { librarySample, SAMPLES_DIR } from './samples';
export { moduleTypes, submissionTypeName, staleFiles, TYPES_DIR } from './generateTypes';
