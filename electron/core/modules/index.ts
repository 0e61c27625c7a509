/**
 * The feature modules, in the order they are built (a module may read the providers of the
 * ones before it). Adding a feature: write its factory with defineModule in
 * electron/core/<feature>/, add its channels' owner in ChannelOwners (../modules.ts) and the
 * factory here; combineModules refuses to compile while a channel has no handler or two.
 */
import { createAlertsModule } from '../alerts/alerts-module';
import { createBackupModule } from '../backup/backup-module';
import { createBankrollModule } from '../bankroll/module';
import { createOpportunitiesModule } from '../opportunities/module';
import { combineModules } from '../module-kit/combine';

export const MODULES = combineModules(createBackupModule, createBankrollModule, createOpportunitiesModule, createAlertsModule);
