import { createDossierFollowStore } from '../../src/lgsp/index.js';
import type { DbOrTx } from '../../src/platform/db.js';

/** A citizen following a dossier being processed, as the lookup's "Theo dõi hồ sơ" leaves it (30 days, checked now). */
export function followDossier(db: DbOrTx, citizenId: string, dossierCode: string, now = new Date()) {
  return createDossierFollowStore(db).follow({
    citizenId,
    dossierCode,
    language: 'vi',
    status: 'processing',
    now,
    expiresAt: new Date(now.getTime() + 30 * 86_400_000),
    firstCheckAt: now,
    maxActive: 10,
  });
}
