/**
 * The feature modules, in the order they are built (a module may read the providers of the
 * ones before it). Adding a feature: write its factory in electron/core/<feature>/ and add it here.
 */
import type { ModuleFactory } from '../modules';

export const MODULES: ModuleFactory[] = [];
