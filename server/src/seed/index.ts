export { seedDemo } from './seedDemo';
export { demoEntes, DEMO_UNIONE, DEMO_COMUNI, UNIONE_MODULES } from './demoEntes';
export { directoryFromModules } from './directoryFromModules';
