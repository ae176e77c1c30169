/** Every rule, by name: the one list the plugin object, the configs and the docs are built from. */
import noGlobalBucketDomainName from './no-global-bucket-domain-name.js';
import noGlobalEndpoint from './no-global-endpoint.js';
import noUnpinnedClient from './no-unpinned-client.js';
import noUnpinnedPresign from './no-unpinned-presign.js';
import preferClientFactory from './prefer-client-factory.js';

export const rules = {
  'no-global-bucket-domain-name': noGlobalBucketDomainName,
  'no-global-endpoint': noGlobalEndpoint,
  'no-unpinned-client': noUnpinnedClient,
  'no-unpinned-presign': noUnpinnedPresign,
  'prefer-client-factory': preferClientFactory,
};
