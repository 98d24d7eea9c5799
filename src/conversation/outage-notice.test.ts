import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from './template-renderer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const templates = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });
const outage = { start: '2026-12-06T05:00:00.000Z', end: '2026-12-06T07:00:00.000Z' };

describe('the outage notice as citizens read it (common:outage.notice)', () => {
  it('adds the period on a line of its own: the admin\'s sentence keeps its full stop, no ". ("', () => {
    const vi = templates.t('common:outage.notice', 'vi', { ...outage, text: 'Hệ thống dịch vụ công bảo trì.' });
    expect(vi).toBe(
      'Thông báo: Hệ thống dịch vụ công bảo trì.\nThời gian: từ 12:00 ngày 06/12/2026 đến 14:00 ngày 06/12/2026.',
    );
    const en = templates.t('common:outage.notice', 'en', { ...outage, text: 'The public service portal is down.' });
    expect(en).toBe(
      'Notice: The public service portal is down.\nWhen: from 12:00 on 06/12/2026 until 14:00 on 06/12/2026.',
    );
    for (const text of [vi, en]) expect(text).not.toMatch(/\.\s*\(/);
  });
});
