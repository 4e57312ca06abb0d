export * from './audit';
export * from './error';
export * from './frameworks';
export * from './health';
export * from './roles';
export * from './session';
export * from './units';
export * from './users';
