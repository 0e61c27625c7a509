export * from './contract';
export * from './result';
export * from './bridge';
export * from './ws-protocol';
