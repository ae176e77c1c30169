/** The plugin's one home for AWS knowledge: SDK declarations, client options, hosts and IAM names. */
export * from './bucket-region.js';
export * from './cdk.js';
export * from './client-config.js';
export * from './declarations.js';
export * from './hosts.js';
export * from './iam.js';
export * from './model.js';
export * from './private-path.js';
export * from './signers.js';
export * from './values.js';
