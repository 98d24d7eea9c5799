import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLgsp, getShippedProfile, loadProfile, parseProfile } from '../../../src/lgsp/index.js';
import { testLogger } from '../../helpers/logger.js';
import { CONSUMER, startHarness, type Harness } from './harness.js';

const CODE = '000.00.15.H02-221205-0001';

describe('mapping profiles', () => {
  let reference: Harness;
  let vnpt: Harness;
  beforeAll(async () => {
    reference = await startHarness({ profileName: 'reference' });
    vnpt = await startHarness({ profileName: 'vnpt-sample' });
  });
  afterAll(async () => {
    await reference.close();
    await vnpt.close();
  });

  it('a gateway with other paths, field names, status codes, dates and auth gives the same Dossier', async () => {
    // The two simulators really speak differently on the wire.
    const token = await fetch(`${vnpt.server.url}/sandbox/lgsp/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${CONSUMER.key}:${CONSUMER.secret}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const withoutHeader = await fetch(`${vnpt.server.url}/sandbox/lgsp/igate/v2/dossier/${CODE}/status`, {
      headers: { Authorization: `Bearer ${token.access_token}` },
    });
    expect(withoutHeader.status).toBe(401);

    const fromReference = await reference.lgsp.dossiers.get(CODE, { fresh: true });
    const fromVnpt = await vnpt.lgsp.dossiers.get(CODE, { fresh: true });
    expect(fromReference.status).toBe('ok');
    expect(fromVnpt).toEqual(fromReference);
    const byPhoneReference = await reference.lgsp.dossiers.listByPhone('0987654321');
    const byPhoneVnpt = await vnpt.lgsp.dossiers.listByPhone('0987654321');
    expect(byPhoneVnpt).toEqual(byPhoneReference);
    expect(await vnpt.lgsp.businesses.get('0107800009')).toEqual(await reference.lgsp.businesses.get('0107800009'));
    expect(await vnpt.lgsp.procedures.search('khai sinh')).toEqual(await reference.lgsp.procedures.search('khai sinh'));
    expect(await vnpt.lgsp.catalogue.communes('24')).toEqual(await reference.lgsp.catalogue.communes('24'));
  });

  it('the lgspaccesstoken style sends the configured keys (wrong ones are refused)', async () => {
    const profile = getShippedProfile('vnpt-sample');
    const wrongKeys = await createLgsp({
      config: {
        baseUrl: `${vnpt.server.url}/sandbox/lgsp`,
        tokenUrl: `${vnpt.server.url}/sandbox/lgsp/token`,
        consumerKey: CONSUMER.key,
        consumerSecret: CONSUMER.secret,
        accessKey: 'ak-1',
        secretKey: 'not-the-secret',
        appName: 'zalo-egov',
        partnerCode: 'BNH',
        profile: profile.name,
        timeoutMs: 2000,
      },
      redis: vnpt.redis.redis,
      logger: testLogger(),
      profile,
    });
    expect((await wrongKeys.procedures.get('1.001193')).status).toBe('unavailable');
    expect((await vnpt.lgsp.procedures.get('1.001193')).status).toBe('ok');
  });

  it('a profile without a service answers unavailable for it', async () => {
    expect((await vnpt.lgsp.catalogue.feedbackCategories()).status).toBe('unavailable');
  });

  it('a broken profile file is refused with the problems listed', async () => {
    expect(() => parseProfile({ name: 'x', auth: { style: 'magic' } })).toThrowError(/not valid/);
    await expect(loadProfile('/nonexistent/profile.yaml')).rejects.toMatchObject({ code: 'LGSP_PROFILE_INVALID' });
  });
});
