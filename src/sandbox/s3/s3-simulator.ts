import { createHash, createHmac, randomUUID, timingSafeEqual, type Hash, type Hmac } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SignatureV4 } from '@smithy/signature-v4';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from '../../platform/logger.js';

/**
 * An S3-compatible object store over HTTP, path-style (`/<bucket>/<key>`), for the sandbox and the tests: what the
 * photo store talks to when `PHOTO_STORE=s3` points at it. It checks every request's AWS Signature Version 4 as S3
 * does (the signature recomputed from the request with the secret it knows, the payload's hash, the clock skew) and
 * answers S3's XML errors (`SignatureDoesNotMatch`, `InvalidAccessKeyId`, `NoSuchKey`, `NoSuchBucket`…). Objects are
 * files under its directory, so they survive a restart like the rest of the sandbox.
 *
 * Operations: PutObject, GetObject, HeadObject, DeleteObject, HeadBucket. `GET /_objects` (unsigned, the sandbox's own
 * look-in, like the LGSP simulator's `/_feedback`) lists the stored keys and sizes.
 */
export interface S3SimulatorOptions {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** The one bucket it holds; others answer NoSuchBucket. */
  bucket: string;
  dir: string;
  logger: Logger;
  clock?: () => Date;
}

export interface S3Simulator {
  router: Router;
}

/** S3 refuses a request whose date is further than this from its own clock (RequestTimeTooSkewed). */
const MAX_SKEW_MS = 15 * 60 * 1000;
const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;
const UNSIGNED_PAYLOADS = new Set(['UNSIGNED-PAYLOAD']);

/** SHA-256, or HMAC-SHA256 with a secret, as the signer's hash: Node's own crypto. */
class Sha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    if (this.secret === undefined) return createHash('sha256');
    const key =
      typeof this.secret === 'string'
        ? this.secret
        : ArrayBuffer.isView(this.secret)
          ? Buffer.from(this.secret.buffer, this.secret.byteOffset, this.secret.byteLength)
          : Buffer.from(this.secret);
    return createHmac('sha256', key);
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(
      typeof data === 'string'
        ? data
        : ArrayBuffer.isView(data)
          ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
          : Buffer.from(data),
    );
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

function sendError(req: Request, res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/xml');
  // A HEAD answer has no body: the SDK reads the status alone, as with S3.
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  res.send(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><Resource>${escapeXml(req.path)}</Resource><RequestId>sandbox</RequestId></Error>`,
  );
}

/** `20261202T094100Z` → the instant. */
function parseAmzDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

export function createS3Simulator(options: S3SimulatorOptions): S3Simulator {
  const clock = options.clock ?? (() => new Date());
  const signer = new SignatureV4({
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    region: options.region,
    service: 's3',
    sha256: Sha256,
    // S3 signs the path as sent (not escaped twice), like the SDK's own S3 signer.
    uriEscapePath: false,
  });
  const bucketDir = path.join(options.dir, options.bucket);
  // A key becomes a file name through its digest: any key, no path built from what a client sent.
  const fileOf = (key: string) => path.join(bucketDir, createHash('sha256').update(key).digest('hex'));

  /** Null when the request is signed by the key we know; else the S3 error to answer. */
  async function refusal(
    req: Request,
    body: Buffer,
  ): Promise<{ status: number; code: string; message: string } | null> {
    const header = req.get('authorization') ?? '';
    const match = AUTHORIZATION.exec(header);
    if (!match)
      return { status: 403, code: 'AccessDenied', message: 'Missing or malformed AWS4-HMAC-SHA256 authorization' };
    const [, accessKeyId, , region, signedHeaderList] = match as unknown as [string, string, string, string, string];
    // As AWS does: the credential's region must be the bucket's, and the host and the date must be signed.
    if (region !== options.region) {
      return {
        status: 400,
        code: 'AuthorizationHeaderMalformed',
        message: `The authorization header is malformed; the region '${region}' is wrong; expecting '${options.region}'`,
      };
    }
    const signedNames = signedHeaderList.split(';');
    if (!signedNames.includes('host') || !signedNames.includes('x-amz-date')) {
      return { status: 403, code: 'AccessDenied', message: 'The host and x-amz-date headers must be signed' };
    }
    if (accessKeyId !== options.accessKeyId) {
      return {
        status: 403,
        code: 'InvalidAccessKeyId',
        message: 'The AWS Access Key Id you provided does not exist in our records.',
      };
    }
    const amzDate = parseAmzDate(req.get('x-amz-date') ?? '');
    if (!amzDate) return { status: 403, code: 'AccessDenied', message: 'Missing or malformed x-amz-date' };
    if (Math.abs(amzDate.getTime() - clock().getTime()) > MAX_SKEW_MS) {
      return {
        status: 403,
        code: 'RequestTimeTooSkewed',
        message: 'The difference between the request time and the current time is too large.',
      };
    }
    const contentSha256 = req.get('x-amz-content-sha256');
    if (!contentSha256) return { status: 400, code: 'InvalidRequest', message: 'Missing x-amz-content-sha256' };
    if (!UNSIGNED_PAYLOADS.has(contentSha256) && createHash('sha256').update(body).digest('hex') !== contentSha256) {
      return {
        status: 400,
        code: 'XAmzContentSHA256Mismatch',
        message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
      };
    }
    // The request as the client signed it: the headers it names, the path as sent, the query as parameters.
    const signedHeaders = signedHeaderList.split(';');
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) {
      const value = req.get(name);
      if (value === undefined)
        return { status: 403, code: 'AccessDenied', message: `Signed header ${name} is missing` };
      headers[name] = value;
    }
    const [rawPath = '/', rawQuery = ''] = req.originalUrl.split('?', 2);
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(rawQuery)) {
      const previous = query[name];
      query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    const hostHeader = headers.host ?? req.get('host') ?? '';
    const expected = await signer.sign(
      {
        method: req.method,
        protocol: `${req.protocol}:`,
        hostname: hostHeader.replace(/:\d+$/, ''),
        path: rawPath,
        query,
        headers,
        body,
      },
      { signingDate: amzDate, signingRegion: region, signableHeaders: new Set(signedHeaders) },
    );
    const expectedHeader = String(expected.headers.authorization ?? '');
    const same =
      expectedHeader.length === header.length && timingSafeEqual(Buffer.from(expectedHeader), Buffer.from(header));
    if (!same) {
      return {
        status: 403,
        code: 'SignatureDoesNotMatch',
        message:
          'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      };
    }
    return null;
  }

  const router = express.Router();
  router.use(express.raw({ type: () => true, limit: '64mb' }));

  router.get('/_objects', async (_req, res) => {
    const names = await fs.readdir(bucketDir).catch(() => [] as string[]);
    const objects = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      objects.push(JSON.parse(await fs.readFile(path.join(bucketDir, name), 'utf8')) as { key: string; size: number });
    }
    res.json({ bucket: options.bucket, objects: objects.sort((a, b) => a.key.localeCompare(b.key)) });
  });

  router.all(/^\/([^/]+)(?:\/(.*))?$/, async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const refused = await refusal(req, body);
    if (refused) {
      options.logger.warn({ code: refused.code, method: req.method }, 'sandbox S3 refused a request');
      sendError(req, res, refused.status, refused.code, refused.message);
      return;
    }
    const params = req.params as Record<string, string | undefined>;
    const bucket = decodeURIComponent(params[0] ?? '');
    const key = params[1] ? decodeURIComponent(params[1]) : '';
    if (bucket !== options.bucket) {
      sendError(req, res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
      return;
    }
    if (key === '') {
      if (req.method === 'HEAD') res.status(200).end();
      else sendError(req, res, 501, 'NotImplemented', 'Only HeadBucket is implemented on a bucket');
      return;
    }
    const file = fileOf(key);
    switch (req.method) {
      case 'PUT': {
        await fs.mkdir(bucketDir, { recursive: true });
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        // A temporary name per request: two PUTs of one key (the same photo twice) do not share it.
        const temporary = `${file}.${randomUUID()}.tmp`;
        await fs.writeFile(temporary, body);
        await fs.rename(temporary, file);
        await fs.writeFile(`${temporary}.json`, JSON.stringify({ key, size: body.length, etag }));
        await fs.rename(`${temporary}.json`, `${file}.json`);
        res.status(200).set('etag', etag).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        const bytes = await fs.readFile(file).catch(() => null);
        if (!bytes) {
          sendError(req, res, 404, 'NoSuchKey', 'The specified key does not exist.');
          return;
        }
        res
          .status(200)
          .type('application/octet-stream')
          .set('etag', `"${createHash('md5').update(bytes).digest('hex')}"`)
          .set('content-length', String(bytes.length));
        if (req.method === 'HEAD') res.end();
        else res.end(bytes);
        return;
      }
      case 'DELETE':
        await fs.rm(`${file}.json`, { force: true });
        await fs.rm(file, { force: true });
        res.status(204).end();
        return;
      default:
        sendError(req, res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  });

  return { router };
}
