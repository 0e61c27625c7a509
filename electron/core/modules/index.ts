/**
 * The feature modules, in the order they are built (a module may read the providers of the
 * ones before it). Adding a feature: write its factory in electron/core/<feature>/ and add it here.
 */
import type { ModuleFactory } from '../modules';
import { createBackupModule } from '../backup/backup-module';
import { createBankrollModule } from '../bankroll/module';
import { createOpportunitiesModule } from '../opportunities/module';
import { createAlertsModule } from '../alerts/alerts-module';

export const MODULES: ModuleFactory[] = [createBackupModule, createBankrollModule, createOpportunitiesModule, createAlertsModule];
