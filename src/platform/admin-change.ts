import type { Request, Response } from 'express';
import type { Tx } from './db.js';

/**
 * How a module's admin routes have an admin change audited without depending on the admin module: the composition
 * root passes the admin module's recorder, which names the caller from the request, in the change's transaction.
 */
export type RecordAdminChange = (
  tx: Tx,
  req: Request,
  res: Response,
  change: { action: string; target: { type: string; id: string }; before?: unknown; after?: unknown },
) => Promise<void>;
