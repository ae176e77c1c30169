import { legacy } from './clients.js';

/** A browser upload form. SDK v2 createPresignedPost ignores s3UsEast1RegionalEndpoint. */
export function uploadForm(key: string) {
  return legacy.createPresignedPost({ Bucket: 'acme-uploads', Fields: { key } });
}

/** A hand-built URL bypasses every client setting. */
export function invoiceUrl(key: string): string {
  return `https://acme-invoices.s3.amazonaws.com/${key}`;
}
