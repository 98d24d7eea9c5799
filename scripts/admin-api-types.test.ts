import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_API_TYPES_FILE, renderAdminApiTypes } from './admin-api-types.js';

describe('the admin UI API types', () => {
  it('match the OpenAPI document the server builds (else run `npm run admin:api`)', async () => {
    expect(fs.readFileSync(ADMIN_API_TYPES_FILE, 'utf8')).toBe(await renderAdminApiTypes());
  }, 60_000);
});
