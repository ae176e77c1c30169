import noUnpinnedClient from './no-unpinned-client.js';

export const rules = {
  'no-unpinned-client': noUnpinnedClient,
};
