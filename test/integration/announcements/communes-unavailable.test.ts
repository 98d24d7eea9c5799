import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, type AdminApi } from '../admin-flows/clients.js';
import { CONTENT } from './harness.js';

/**
 * The LGSP cannot be reached (its address is a port nobody listens on): the commune picker's catalogue answers a 503
 * problem the admin UI can say, and an audience naming commune codes is taken as given rather than refused.
 */
describe('the commune catalogue while the LGSP cannot be read', () => {
  let system: TestSystem;
  let editor: AdminApi;

  beforeAll(async () => {
    const closed = await freePort();
    system = await startTestSystem({
      env: { ANNOUNCEMENTS_QUIET_HOURS: 'off', LGSP_BASE_URL: `http://127.0.0.1:${closed}` },
    });
    const admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
  }, 120_000);
  afterAll(() => system?.destroy());

  it('answers 503 SERVICE_UNAVAILABLE, and takes commune codes as given', async () => {
    const communes = await editor.request('GET', '/announcements/communes');
    expect(communes.status).toBe(503);
    expect(communes.contentType).toMatch(/^application\/problem\+json/);
    expect(communes.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    const created = await editor.request('POST', '/announcements', {
      content: CONTENT,
      audience: { communes: ['07103', '99999'] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ audience: { communes: ['07103', '99999'] } });
  }, 60_000);
});
