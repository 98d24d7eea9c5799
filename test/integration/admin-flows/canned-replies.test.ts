import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cannedReplies } from '../../../src/admin/schema.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { signInFirstAdmin, type AdminApi } from './clients.js';

/** Canned replies' addresses through the admin API: links, the image and the file are web addresses only. */
describe("canned replies' addresses", () => {
  let system: TestSystem;
  let admin: AdminApi;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await signInFirstAdmin(system);
  });
  afterAll(() => system.destroy());

  const reply = (vi: object) => ({ title: 'Mẫu đơn', content: { vi: { text: 'Anh/chị tải mẫu đơn.', ...vi } } });
  const link = (url: string) => ({ buttons: [{ title: 'Xem', url }] });
  const file = (url: string) => ({ file: { url, name: 'mau-don.pdf' } });

  it('refuses a link, image or file that is not an http(s) address, on create and on change', async () => {
    const refusals: Array<[object, string]> = [
      [link('javascript:alert(1)'), 'content.vi.buttons.0.url'],
      [link('data:text/html,<script>alert(1)</script>'), 'content.vi.buttons.0.url'],
      [{ imageUrl: 'file:///etc/passwd' }, 'content.vi.imageUrl'],
      [{ imageUrl: 'ftp://example.gov.vn/so-do.png' }, 'content.vi.imageUrl'],
      [file('file:///etc/passwd'), 'content.vi.file.url'],
      [file('gopher://127.0.0.1:6379/_INFO'), 'content.vi.file.url'],
    ];
    for (const [vi, path] of refusals) {
      const created = await admin.request('POST', '/conversations/canned-replies', reply(vi));
      expect(created.status, path).toBe(400);
      expect(created.contentType).toMatch(/^application\/problem\+json/);
      expect(created.body, path).toMatchObject({
        code: 'INVALID_INPUT',
        errors: [{ path, issue: 'invalid_format', format: 'url' }],
      });
    }
    const english = await admin.request('POST', '/conversations/canned-replies', {
      title: 'Mẫu đơn',
      content: { vi: { text: 'Xem.' }, en: { text: 'See.', ...link('javascript:alert(1)') } },
    });
    expect(english.body.errors).toMatchObject([{ path: 'content.en.buttons.0.url' }]);

    const good = reply({
      imageUrl: 'https://dichvucong.gov.vn/so-do.png',
      ...file('http://example.gov.vn/mau-don.pdf'),
      ...link('https://dichvucong.gov.vn/'),
    });
    const created = await admin.request('POST', '/conversations/canned-replies', good);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = String(created.body.id);
    for (const [vi, path] of refusals) {
      const changed = await admin.request('PUT', `/conversations/canned-replies/${id}`, reply(vi));
      expect(changed.status, path).toBe(400);
      expect(changed.body.errors, path).toMatchObject([{ path, format: 'url' }]);
    }
    const [kept] = await system.database.db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
    expect(kept?.content).toEqual(good.content);
  });

  it('still lists a reply stored before the rule, as it was saved', async () => {
    const created = await admin.request(
      'POST',
      '/conversations/canned-replies',
      reply(link('https://dichvucong.gov.vn/')),
    );
    const id = String(created.body.id);
    const saved = { vi: { text: 'Cũ.', imageUrl: 'ftp://example.gov.vn/a.png', ...link('javascript:void(0)') } };
    await system.database.db.update(cannedReplies).set({ content: saved }).where(eq(cannedReplies.id, id));
    const listed = await admin.request('GET', '/conversations/canned-replies');
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id, content: saved }));
  });
});
