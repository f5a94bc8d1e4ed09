export { libraryModules, getLibraryModule, loadModules, LibraryModuleError, MODULES_DIR } from './registry';
export { librarySample, SAMPLES_DIR } from './samples';
export { moduleTypes, submissionTypeName, staleFiles, TYPES_DIR } from './generateTypes';
// Helpers of the contract suite (moduleSuite), for other suites that derive cases from modules.
export { answersOfKind, breakCheckCharacter, withAnswer } from './suite/answerPaths';
export type { LocatedAnswer } from './suite/answerPaths';
export { branchSamples, drivers, ownConditions, topLevelFields } from './suite/branchSamples';
export type { TopLevelField } from './suite/branchSamples';
export { sampleAnswer, sampleWith, scalarContext } from './suite/sampleWith';
