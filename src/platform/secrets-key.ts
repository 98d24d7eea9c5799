import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const KEY_FILE = 'secrets.key';

/**
 * Sandbox only: the key that encrypts stored secrets, generated once under DATA_DIR (mode 0600) so a restart can still
 * read them. Production sets SECRETS_KEY instead (config refuses to start without it).
 */
export async function loadOrCreateSandboxSecretsKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, KEY_FILE);
  try {
    const existing = Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'hex');
    if (existing.length === 32) return existing;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  await fs.mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  await fs.writeFile(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  return key;
}
