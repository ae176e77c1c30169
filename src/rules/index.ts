import noUnpinnedClient from './no-unpinned-client.js';
import noUnpinnedPresign from './no-unpinned-presign.js';

export const rules = {
  'no-unpinned-client': noUnpinnedClient,
  'no-unpinned-presign': noUnpinnedPresign,
};
