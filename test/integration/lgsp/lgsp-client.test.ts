import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { createLgspMetrics, createLgspReadinessCheck } from '../../../src/lgsp/index.js';
import { capturingLogger } from '../../helpers/logger.js';
import { dossierCodeIn, startHarness, type Harness } from './harness.js';

const CONTRACT_CODE = '000.00.15.H02-221205-0001';

describe('LGSP client against the simulator (reference profile)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('fetches a token once and reuses it across calls', async () => {
    const first = await h.lgsp.dossiers.get(CONTRACT_CODE, { fresh: true });
    const second = await h.lgsp.procedures.get('1.001193');
    const third = await h.lgsp.businesses.get('2300900005');
    expect([first.status, second.status, third.status]).toEqual(['ok', 'ok', 'ok']);
    expect(h.simulator.stats().tokensIssued).toBe(1);
  });

  it('shares one token request between concurrent first calls', async () => {
    const results = await Promise.all(
      ['1.001193', '1.000894', '1.000656', '2.000635'].map((code) => h.lgsp.procedures.get(code)),
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(h.simulator.stats().tokensIssued).toBe(1);
  });

  it('gets a new token once and repeats the call when the gateway revoked the token', async () => {
    await h.lgsp.procedures.get('1.001193');
    h.simulator.faults.set({ expireTokens: true });
    const result = await h.lgsp.procedures.get('1.000894');
    expect(result.status).toBe('ok');
    expect(h.simulator.stats().tokensIssued).toBe(2);
  });

  it('refreshes a token that is about to expire before using it', async () => {
    let now = Date.now();
    const clocked = await startHarness({ clock: () => new Date(now) });
    try {
      await clocked.lgsp.procedures.get('1.001193');
      now += 3600_000 - 30_000; // inside the refresh margin of a one-hour token
      await clocked.lgsp.procedures.get('1.000894');
      expect(clocked.simulator.stats().tokensIssued).toBe(2);
    } finally {
      await clocked.close();
    }
  });

  it('answers unavailable (not an exception) when the credentials are refused', async () => {
    const bad = await h.newLgsp({ consumerSecret: 'wrong-secret' });
    expect((await bad.procedures.get('1.001193')).status).toBe('unavailable');
    expect(h.simulator.stats().tokensIssued).toBe(0);
  });

  it('retries reads on 429 and 5xx', async () => {
    h.simulator.faults.set({ failNext: 1, status: 429 });
    expect((await h.lgsp.procedures.get('1.001193')).status).toBe('ok');
    h.simulator.faults.set({ failNext: 2, status: 503 });
    expect((await h.lgsp.procedures.get('1.000894')).status).toBe('ok');
    expect(h.simulator.stats().calls.procedureGet).toBe(5);
  });

  it('does not retry writes on 5xx', async () => {
    h.simulator.faults.set({ failNext: 1, status: 502 });
    const result = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-900001',
      title: 'Đèn đường hỏng',
      content: 'Ba cột đèn không sáng.',
      categoryCode: 'HA_TANG_DO_THI',
      consentToProcess: true,
      allowPublic: false,
    });
    expect(result.status).toBe('unavailable');
    expect(h.simulator.stats().calls.feedbackSubmit).toBe(1);
    // The same request id sent again (after the outage) is accepted once and is idempotent.
    const again = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-900001',
      title: 'Đèn đường hỏng',
      content: 'Ba cột đèn không sáng.',
      categoryCode: 'HA_TANG_DO_THI',
      consentToProcess: true,
      allowPublic: false,
    });
    const third = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-900001',
      title: 'Đèn đường hỏng',
      content: 'Ba cột đèn không sáng.',
      categoryCode: 'HA_TANG_DO_THI',
      consentToProcess: true,
      allowPublic: false,
    });
    expect(again.status).toBe('ok');
    expect(third).toEqual(again);
  });

  it('reports a refused write as invalid with the LGSP message', async () => {
    const result = await h.lgsp.pakn.submit({
      requestId: 'ZL-2026-900002',
      title: 'Tiêu đề',
      content: 'Nội dung',
      categoryCode: 'KHONG_CO',
      consentToProcess: true,
      allowPublic: false,
    });
    expect(result).toEqual({ status: 'invalid', reason: 'Lĩnh vực không hợp lệ' });
  });

  it('opens the breaker after repeated failures, answers at once while open, and closes after a good test call', async () => {
    const lgsp = await h.newLgsp({ resilience: { readAttempts: 1, breakerThreshold: 3, breakerHalfOpenAfterMs: 300 } });
    h.simulator.faults.set({ down: true });
    for (let i = 0; i < 3; i += 1) expect((await lgsp.procedures.get(`1.00119${i}`)).status).toBe('unavailable');
    expect(lgsp.health()).toMatchObject({ ok: false, services: { procedureGet: 'open' } });
    const callsBefore = h.simulator.stats().calls.procedureGet ?? 0;
    expect((await lgsp.procedures.get('1.000894')).status).toBe('unavailable');
    expect(h.simulator.stats().calls.procedureGet ?? 0).toBe(callsBefore);
    // Other services keep their own breaker.
    expect(lgsp.health().services.dossierGet).toBe('closed');
    h.simulator.faults.set({ down: false });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await lgsp.procedures.get('1.000894')).status).toBe('ok');
    expect(lgsp.health()).toMatchObject({ ok: true, services: { procedureGet: 'closed' } });
  });

  it('takes fault knobs over HTTP and reports the breakers for /readyz', async () => {
    const lgsp = await h.newLgsp({
      resilience: { readAttempts: 1, breakerThreshold: 1, breakerHalfOpenAfterMs: 60_000 },
    });
    const set = await fetch(`${h.server.url}/sandbox/lgsp/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ down: true }),
    });
    expect(await set.json()).toMatchObject({ down: true });
    expect((await lgsp.businesses.get('2300900005')).status).toBe('unavailable');
    const readiness = await createLgspReadinessCheck(lgsp).check();
    expect(readiness).toEqual({
      ok: false,
      details: { services: expect.objectContaining({ businessGet: 'open', dossierGet: 'closed' }) },
    });
    await fetch(`${h.server.url}/sandbox/lgsp/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ down: false }),
    });
    expect((await h.lgsp.businesses.get('2300900005')).status).toBe('ok');
  });

  it('exposes latency, outcomes, breaker state and cache results as Prometheus metrics', async () => {
    const registry = new Registry();
    const lgsp = await h.newLgsp({ metrics: createLgspMetrics(registry) });
    await lgsp.procedures.get('1.001193');
    await lgsp.procedures.get('1.001193');
    await lgsp.procedures.get('9.999999');
    const text = await registry.metrics();
    expect(text).toContain('zalo_egov_lgsp_call_duration_seconds_count{service="procedureGet",outcome="ok"} 2');
    expect(text).toContain('zalo_egov_lgsp_breaker_state{service="procedureGet"} 0');
    expect(text).toMatch(/zalo_egov_lgsp_cache_total\{service="procedureGet",result="hit"\} 1/);
  });

  it('gives up on a slow LGSP after the timeout and says unavailable', async () => {
    const lgsp = await h.newLgsp({ timeoutMs: 150 });
    h.simulator.faults.set({ latencyMs: 600 });
    expect((await lgsp.procedures.get('1.001193')).status).toBe('unavailable');
  });

  it('treats a malformed answer as unavailable and logs its shape without personal data', async () => {
    const { logger, text } = capturingLogger('warn');
    const lgsp = await h.newLgsp({ logger });
    // A record with a missing field: the simulator's own data, damaged on the way.
    const code = dossierCodeIn(h.simulator, 'processing');
    const dossier = h.simulator.data.dossiers.find((d) => d.code === code);
    if (!dossier) throw new Error('missing');
    const original = dossier.procedureName;
    Object.assign(dossier, { procedureName: 42 });
    expect((await lgsp.dossiers.get(code, { fresh: true })).status).toBe('unavailable');
    Object.assign(dossier, { procedureName: original });
    h.simulator.faults.set({ malformed: true });
    expect((await lgsp.procedures.get('1.001193')).status).toBe('unavailable');
    const log = text();
    expect(log).toContain('procedureName');
    expect(log).not.toContain(dossier.ownerName);
    expect(log).not.toContain(dossier.ownerPhone);
  });

  it('serves dossiers from the cache for a minute, then asks again', async () => {
    const code = dossierCodeIn(h.simulator, 'received');
    expect((await h.lgsp.dossiers.get(code)).status).toBe('ok');
    h.simulator.setDossierStatus(code, 'processing');
    const cached = await h.lgsp.dossiers.get(code);
    expect(cached.status === 'ok' && cached.value.status).toBe('received');
    expect(h.simulator.stats().calls.dossierGet).toBe(1);
    const fresh = await h.lgsp.dossiers.get(code, { fresh: true });
    expect(fresh.status === 'ok' && fresh.value.status).toBe('processing');
  });

  it('keeps the last good catalogue when the LGSP is down', async () => {
    const provinces = await h.lgsp.catalogue.provinces();
    expect(provinces.status === 'ok' && provinces.value).toHaveLength(34);
    // The daily cache entry is gone (expired); the LGSP is down: the last good copy answers.
    await h.redis.redis.del('lgsp:cache:catalogue:donvihanhchinhcap1:');
    h.simulator.faults.set({ down: true });
    const again = await h.lgsp.catalogue.provinces();
    expect(again.status === 'ok' && again.value.map((p) => p.name)).toContain('Tỉnh Bắc Ninh');
    // With nothing ever fetched, down is down.
    expect((await h.lgsp.catalogue.feedbackCategories()).status).toBe('unavailable');
  });

  it('maps a dossier into our model with ISO dates and plain statuses', async () => {
    const result = await h.lgsp.dossiers.get(CONTRACT_CODE.toLowerCase(), { fresh: true });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value).toMatchObject({
      code: CONTRACT_CODE,
      procedureCode: '1.001612',
      procedureName: 'Đăng ký thành lập hộ kinh doanh',
      status: 'processing',
      handlingUnit: 'UBND xã Yên Phong',
    });
    expect(result.value.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(result.value.history.length).toBeGreaterThan(1);
    expect(JSON.stringify(result.value)).not.toContain('0912345678');
    expect((await h.lgsp.dossiers.get('000.00.99.H99-260101-9999')).status).toBe('not_found');
  });

  it('lists the dossiers filed under a shared phone number', async () => {
    const result = await h.lgsp.dossiers.listByPhone('0912345678');
    expect(result.status === 'ok' && result.value.length).toBe(4);
    expect((await h.lgsp.dossiers.listByPhone('0900000000')).status).toBe('not_found');
  });

  it('searches procedures without diacritics and gets their details', async () => {
    const result = await h.lgsp.procedures.search('khai sinh', 5);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.value.items.map((p) => p.code)).toContain('1.001193');
    const plain = await h.lgsp.procedures.search('dang ky ket hon');
    expect(plain.status === 'ok' && plain.value.items[0]?.code).toBe('1.000894');
    const details = await h.lgsp.procedures.get('1.001193');
    expect(details.status === 'ok' && details.value.onlineUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
    expect((await h.lgsp.procedures.search('zzzz')).status).toBe('not_found');
  });

  it('looks up businesses by tax code, branches included, and refuses a wrong check digit', async () => {
    const business = await h.lgsp.businesses.get('2300900005');
    expect(business.status === 'ok' && business.value.representatives[0]?.position).toBe('Giám đốc');
    expect((await h.lgsp.businesses.get('2300900005-001')).status).toBe('ok');
    const calls = h.simulator.stats().calls.businessGet;
    expect((await h.lgsp.businesses.get('2300900006')).status).toBe('not_found');
    expect(h.simulator.stats().calls.businessGet).toBe(calls);
  });

  it('offers the communes of a province and the feedback categories', async () => {
    const communes = await h.lgsp.catalogue.communes('24');
    expect(communes.status === 'ok' && communes.value.every((c) => c.parentCode === '24')).toBe(true);
    const categories = await h.lgsp.catalogue.feedbackCategories();
    expect(categories.status === 'ok' && categories.value.map((c) => c.code)).toContain('HA_TANG_DO_THI');
  });
});
