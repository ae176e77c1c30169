import { legacy } from './clients.js';

/**
 * A browser upload form. SDK v2 createPresignedPost ignores s3UsEast1RegionalEndpoint.
 * no-unpinned-presign (typed tier): its client, made in clients.ts, is in us-east-1, where the
 * form goes to the global host whatever the client's flags say.
 */
export function uploadForm(key: string) {
  return legacy.createPresignedPost({ Bucket: 'acme-uploads', Fields: { key } });
}

/**
 * A hand-built URL bypasses every client setting.
 * no-global-endpoint: the global host; --fix writes the regional one (settings.bucketRegions).
 */
export function invoiceUrl(key: string): string {
  return `https://acme-invoices.s3.amazonaws.com/${key}`;
}
