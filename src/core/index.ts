export * from './clock.js';
export * from './digest.js';
export * from './errors.js';
export * from './files.js';
export * from './logger.js';
export * from './plural.js';
export * from './version.js';
