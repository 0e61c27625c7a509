/**
 * defineModule: how a feature module declares itself. The name decides the channels it must
 * answer (ChannelOwners in ../modules.ts): a missing handler, an extra one, or a handler with
 * the wrong request/response type fails to compile here, not at run time in front of a user.
 *
 *   export const createBackupModule = (ctx: ModuleContext) =>
 *     defineModule({ name: 'backup', handlers: { 'backup:list': …, 'backup:create': …, 'backup:restore': … } });
 *
 * `extra` carries what a host or a command reads on this one module (the alerts engine, the
 * replay scanner); it never holds handlers.
 */
import type { FeatureModule } from '../modules';

type NoClash<X> = { [K in keyof X]: K extends keyof FeatureModule ? never : X[K] };

export function defineModule<const N extends string>(def: FeatureModule<N>): FeatureModule<N>;
export function defineModule<const N extends string, X extends object>(def: FeatureModule<N>, extra: X & NoClash<X>): FeatureModule<N> & X;
export function defineModule(def: FeatureModule, extra?: object): FeatureModule {
  return extra ? Object.assign({}, extra, def) : def;
}
