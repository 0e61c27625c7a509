/**
 * combineModules: the list of feature factories a core runs, checked at compile time (as
 * Actual's createApp/combine does): every channel of the contract is answered by exactly one
 * of the foundation (CoreChannel) and the modules. A channel nobody answers, or two modules
 * answering the same one, is a type error on the combineModules call naming the channels.
 * The same check runs at run time (a set built from plain arrays, e.g. in a test bench).
 *
 * someModules builds a deliberately partial set (a command that only reads, a test of one
 * module): the channels of absent modules answer UNAVAILABLE.
 */
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import { coreRequests } from '../../../shared/ipc/channels/core';
import type { CoreChannel, FeatureModule, ModuleFactory, OwnedChannels } from '../modules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any module factory, whatever its name
type AnyFactory = ModuleFactory<any, FeatureModule<any>>;
type NameOf<F> = F extends (...args: never[]) => { readonly name: infer N extends string } ? N : never;
type ChannelsOf<F> = OwnedChannels<NameOf<F>>;

/** Channels answered twice: by the foundation and a module, or by two modules. */
type Twice<F extends readonly unknown[]> = F extends readonly [infer H, ...infer T]
  ? (ChannelsOf<H> & (CoreChannel | ChannelsOf<T[number]>)) | Twice<T>
  : never;
/** Channels nobody answers. */
type Unanswered<F extends readonly unknown[]> = Exclude<Channel, CoreChannel | ChannelsOf<F[number]>>;

/** `unknown` when the set is complete and exact, else an object type naming the problem. */
export type CheckModules<F extends readonly unknown[]> = [Unanswered<F>] extends [never]
  ? [Twice<F>] extends [never]
    ? unknown
    : { error: 'these channels have two handlers'; channels: Twice<F> }
  : { error: 'these channels have no handler'; channels: Unanswered<F> };

export interface ModuleSet {
  readonly factories: readonly AnyFactory[];
  /** True for combineModules (every channel answered), false for someModules. */
  readonly complete: boolean;
}

/** The full set of feature modules, in build order (a module reads the providers of the ones before it). */
export function combineModules<const F extends readonly AnyFactory[]>(...factories: F & CheckModules<F>): ModuleSet {
  return { factories, complete: true };
}

/** A partial set: the channels of modules left out answer UNAVAILABLE. */
export function someModules(...factories: AnyFactory[]): ModuleSet {
  return { factories, complete: false };
}

const CORE_CHANNELS = new Set<string>(Object.keys(coreRequests));

/**
 * Which module answers each channel, from the modules built for a workspace; throws when two
 * answer one, or (for a complete set) when one is unanswered — the run-time twin of CheckModules.
 */
export function channelOwners(modules: readonly FeatureModule[], complete: boolean): Map<Channel, FeatureModule> {
  const owners = new Map<Channel, FeatureModule>();
  for (const m of modules) {
    for (const channel of Object.keys(m.handlers) as Channel[]) {
      const other = CORE_CHANNELS.has(channel) ? 'the core' : owners.get(channel)?.name;
      if (other) throw new Error(`${channel} is answered by both ${other} and the ${m.name} module`);
      owners.set(channel, m);
    }
  }
  if (complete) {
    const missing = CHANNELS.filter((c) => !CORE_CHANNELS.has(c) && !owners.has(c));
    if (missing.length) throw new Error(`no module answers ${missing.join(', ')}`);
  }
  return owners;
}
