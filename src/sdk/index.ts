/** The plugin's one home for SDK knowledge: modules, classes, options and host kinds. */
export * from './hosts.js';
export * from './model.js';
