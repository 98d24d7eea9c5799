import { z } from 'zod';

/**
 * A web address that an official or admin writes for citizens or for this server to fetch: http or https only, so
 * `javascript:`, `data:`, `file:` or `ftp:` addresses are refused. Rows stored before a field used it are read with
 * a plain `z.url()`, so they still load.
 */
export const webUrlSchema = z
  .url({ protocol: /^https?$/, message: 'expected an http:// or https:// address' })
  .max(2000)
  .meta({ description: 'A web address (http or https)' });
