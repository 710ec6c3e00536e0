export * from './errors';
export * from './operation';
export * from './operations';
export * from './events';
