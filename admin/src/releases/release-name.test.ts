import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json' with { type: 'json' };
import vi from '../locales/vi.json' with { type: 'json' };
import { releaseName } from './release-name.js';

describe("a release's name", () => {
  it("names the server's own releases in the UI's language and leaves typed names as typed", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'vi', resources: { vi: { translation: vi }, en: { translation: en } } });
    expect(releaseName('shipped flows and templates', i18n.t)).toBe('Kịch bản và câu trả lời có sẵn');
    expect(releaseName('shipped flows and templates (forced import)', i18n.t)).toBe(
      'Kịch bản và câu trả lời có sẵn (nạp lại)',
    );
    expect(releaseName('Thêm câu hỏi về căn cước', i18n.t)).toBe('Thêm câu hỏi về căn cước');
    await i18n.changeLanguage('en');
    expect(releaseName('shipped flows and templates', i18n.t)).toBe('Shipped flows and texts');
  });
});
