import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../src/admin/index.js';
import { ADMIN_ROUTES_PENDING_CONTRACT, adminApiContract, AdminApiContract } from '../../helpers/admin-api-contract.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';

/**
 * The admin API's contract as the admin UI will consume it: the document the server serves, checked against the
 * OpenAPI 3.1 schema and against what express actually mounts, and its reference page.
 */
describe('admin API contract (OpenAPI document and reference page)', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ env: { SANDBOX: 'true' } });
  });
  afterAll(() => system.destroy());

  it('serves a valid OpenAPI 3.1 document without signing in, the same one npm run openapi writes', async () => {
    const response = await fetch(`${system.url}/api/admin/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const served = (await response.json()) as Record<string, unknown>;

    const validator = new Validator();
    const result = await validator.validate(structuredClone(served));
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zegov-openapi-')), 'admin-api.json');
    const written = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/openapi.ts', file], { encoding: 'utf8' });
    expect(written.status, written.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(served);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('has an operation for every route mounted under /api/admin, and every operation is mounted', () => {
    if (!system.app) throw new Error('the test system serves HTTP');
    const mounted = listMountedRoutes(system.app).filter((route) => / \/api\/admin(\/|$)/.test(route));
    const documented = adminApiContract.operations();

    const withoutOperation = mounted.filter((route) => !documented.includes(route)).sort();
    const notMounted = documented.filter((route) => !mounted.includes(route)).sort();
    // Routes still declared the old way are listed, with why, in ADMIN_ROUTES_PENDING_CONTRACT; nothing else may be
    // missing, and the list must shrink as soon as one of them gains an operation.
    expect(withoutOperation).toEqual([...ADMIN_ROUTES_PENDING_CONTRACT].sort());
    expect(notMounted).toEqual([]);
    // The walk itself sees the routes: a broken walk must not pass by finding nothing.
    expect(mounted).toContain('PATCH /api/admin/accounts/{id}');
    expect(mounted).toContain('POST /api/admin/flows/templates/{language}/{namespace}/publish');
    expect(mounted).toContain('POST /api/admin/accounts/{id}/unlock');
    expect(mounted).toContain('GET /api/admin/audit/verify');
  });

  it('describes who may call each operation, and the problem answers with the shared Problem schema', () => {
    const { document } = adminApiContract;
    const patch = document.paths?.['/api/admin/accounts/{id}']?.patch;
    expect(patch?.security).toEqual([{ session: [], csrf: [] }, { apiToken: [] }]);
    expect(patch?.['x-access']).toEqual({ permission: 'accounts.manage' });
    expect(document.paths?.['/api/admin/audit/verify']?.get?.['x-access']).toEqual({ permission: 'audit.read' });
    expect(document.paths?.['/api/admin/flows/simulate']?.post?.['x-access']).toEqual({ permission: 'flows.simulate' });
    expect(document.paths?.['/api/admin/me/password']?.post?.responses).toHaveProperty('423');
    expect(Object.keys(patch?.responses ?? {})).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '503',
      'default',
    ]);
    expect(document.paths?.['/api/admin/auth/login']?.post?.security).toEqual([]);
    expect(document.paths?.['/api/admin/tokens']?.post?.security).toEqual([{ session: [], csrf: [] }]);
    expect(document.components?.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'zegov_session' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      apiToken: { type: 'http', scheme: 'bearer' },
    });
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      for (const operation of [item.get, item.post, item.put, item.patch, item.delete]) {
        if (!operation) continue;
        expect(operation.tags, template).toHaveLength(1);
        // Every guarded operation names one permission of the table, and its description the roles holding it.
        const access: unknown = operation['x-access'];
        if (typeof access === 'object' && access !== null && 'permission' in access) {
          const permission = String(access.permission);
          expect(Object.keys(PERMISSIONS), template).toContain(permission);
          expect(operation.description, template).toContain(`Permission \`${permission}\``);
        } else {
          expect(['public', 'signed-in', 'session'], template).toContain(access);
        }
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (status !== 'default' && Number(status) < 400) continue;
          expect(response, `${template} ${status}`).toEqual(
            expect.objectContaining({
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            }),
          );
        }
      }
    }
  });

  it('catches answers the document does not allow (the check applied to every admin test answer)', () => {
    const contract = new AdminApiContract(adminApiContract.document);
    const account = { method: 'GET', url: '/api/admin/accounts', contentType: 'application/json' };
    expect(contract.check({ ...account, status: 200, body: { items: [{ id: 'not-an-account' }] } })).not.toEqual([]);
    expect(contract.check({ ...account, status: 200, body: { items: [] } })).toEqual([]);
    expect(contract.check({ ...account, status: 418, body: {} })).toEqual([
      'GET /api/admin/accounts → 418: status not declared for GET /api/admin/accounts',
    ]);
    const problem = { type: 'urn:zalo-egov:problem:x', title: 'x', status: 403, code: 'ADMIN_FORBIDDEN' };
    expect(contract.check({ ...account, status: 403, contentType: 'application/problem+json', body: problem })).toEqual(
      [],
    );
    expect(contract.check({ ...account, status: 403, body: problem })).not.toEqual([]);
  });

  it('serves a reference page whose every file comes from this server, under the default Content-Security-Policy', async () => {
    const page = await fetch(`${system.url}/api/admin/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    // helmet's defaults, unchanged for this page: scripts from this origin only, none inline, no eval.
    expect(csp.split(';')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const urls = [...html.matchAll(/(?:src|href|data-document)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url, 'no CDN: every file from this server').toMatch(/^\/api\/admin\//);
      const file = await fetch(`${system.url}${url}`);
      expect(file.status, url).toBe(200);
      expect(file.headers.get('content-type'), url).toMatch(/javascript|css|json|image\/png/);
      await file.arrayBuffer();
    }
    // Nothing else of the package (its demo page, its OAuth redirect page) is served.
    expect((await fetch(`${system.url}/api/admin/docs/assets/index.html`)).status).toBe(404);
    expect((await fetch(`${system.url}/api/admin/docs/assets/oauth2-redirect.html`)).status).toBe(404);
  });
});

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  rawPath?: string | string[];
}

/** `METHOD /path/{param}` of every route the app mounts, walking express's router stacks (mounted routers included). */
function listMountedRoutes(app: Express): string[] {
  const routes: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const routePath of [layer.route.path].flat()) {
          for (const [method, enabled] of Object.entries(layer.route.methods)) {
            if (enabled && method !== '_all') routes.push(`${method.toUpperCase()} ${toOpenApi(prefix + routePath)}`);
          }
        }
      } else if (layer.handle.stack) {
        const mountPath = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mountPath);
      }
    }
  };
  walk((app.router as unknown as { stack: Layer[] }).stack, '');
  return routes;
}

function toOpenApi(expressPath: string): string {
  const path = expressPath.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}
