import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { archive, reports, uploads } from './clients.js';

/** A link for the monthly report: signed by a pinned client, nothing to report. */
export function reportLink(key: string): Promise<string> {
  return getSignedUrl(reports, new GetObjectCommand({ Bucket: 'acme-reports', Key: key }), { expiresIn: 900 });
}

/**
 * A download link for an upload: the client comes from the environment.
 * no-unpinned-presign (typed tier): its client, made in clients.ts, may have no region.
 */
export function uploadLink(key: string): Promise<string> {
  return getSignedUrl(uploads, new GetObjectCommand({ Bucket: 'acme-uploads', Key: key }));
}

/**
 * An archive link: signed on the global endpoint.
 * no-unpinned-presign (typed tier): its client, made in clients.ts, sets useGlobalEndpoint; fixing
 * the client clears this too.
 */
export function archiveLink(key: string): Promise<string> {
  return getSignedUrl(archive, new GetObjectCommand({ Bucket: 'acme-archive', Key: key }));
}

/**
 * An invoice link: acme-invoices lives in eu-west-1 (settings bucketRegions), but the archive
 * client signs for us-east-1, so the URL would name the wrong region.
 * no-unpinned-presign (typed tier): first for the client's useGlobalEndpoint; once --fix has
 * rewritten that client to the factory, for the bucket's region.
 */
export function invoiceLink(key: string): Promise<string> {
  return getSignedUrl(archive, new GetObjectCommand({ Bucket: 'acme-invoices', Key: key }));
}

// A brochure link written by hand on the dualstack name, which an IPv4 interface endpoint does not serve.
// no-global-endpoint: a suggestion rewrites it to s3.eu-west-1.amazonaws.com.
export const brochureUrl = 'https://acme-reports.s3.dualstack.eu-west-1.amazonaws.com/brochure.pdf';
