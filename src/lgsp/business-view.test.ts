import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from '../conversation/index.js';
import { convertBusinessToView } from './business-view.js';
import { businessStatusSchema, type Business } from './model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const renderer = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });

const business: Business = {
  taxCode: '2400100002',
  name: 'CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ YÊN PHONG',
  shortName: null,
  address: 'Yên Phong, Bắc Ninh',
  status: 'suspended',
  statusText: 'Tạm ngừng kinh doanh có thời hạn',
  foundedOn: null,
  representatives: [{ name: 'Ngô Văn Hải', position: null }],
};

describe("a business's view", () => {
  it('shows a status the register is known to use in the citizen’s language', () => {
    expect(convertBusinessToView(business, 'en', renderer).status).toBe('Business suspended for a set period');
    expect(convertBusinessToView(business, 'vi', renderer).status).toBe('Tạm ngừng kinh doanh có thời hạn');
  });

  it('shows any other status as the register gives it', () => {
    const unknown = { ...business, status: null, statusText: 'Chờ xác minh' };
    expect(convertBusinessToView(unknown, 'en', renderer).status).toBe('Chờ xác minh');
  });

  it('has a text for every status in both languages', () => {
    for (const status of businessStatusSchema.options) {
      for (const language of ['vi', 'en'] as const) {
        const label = convertBusinessToView({ ...business, status }, language, renderer).status;
        expect(label, `${language} ${status}`).not.toContain('business_status');
        expect(label).not.toBe('');
      }
    }
  });
});
