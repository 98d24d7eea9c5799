import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../src/announcements/content.js';
import { composeStateOf, emptyCompose, fillSample, toRequest, versionFor } from './compose-state.js';

describe('the announcement compose state', () => {
  it('turns the form into the API body and back, leaving out what is empty', () => {
    const state = emptyCompose();
    state.vi = {
      title: ' Lịch cắt điện ',
      text: 'Kính gửi {{name}} ở {{commune}}',
      imageUrl: '',
      buttons: [
        { type: 'phone', title: 'Gọi', value: '0236 382.2222' },
        { type: 'flow', title: 'Tra cứu', value: 'dossier_status' },
      ],
    };
    state.audience.communes = ['20194'];
    const body = toRequest(state);
    expect(body).toEqual({
      content: {
        vi: {
          title: 'Lịch cắt điện',
          text: 'Kính gửi {{name}} ở {{commune}}',
          buttons: [
            { type: 'phone', title: 'Gọi', phone: '02363822222' },
            { type: 'flow', title: 'Tra cứu', flow: 'dossier_status' },
          ],
        },
      },
      audience: { communes: ['20194'] },
    });
    const back = composeStateOf(body);
    expect(back.en).toBeNull();
    expect(back.vi.buttons[0]).toEqual({ type: 'phone', title: 'Gọi', value: '02363822222' });
    expect(back.audience).toEqual({ tags: [], communes: ['20194'], topics: [], languages: [] });
  });

  it("previews an English speaker's message in one language: the English version, else all Vietnamese", () => {
    const state = emptyCompose();
    state.vi = { title: 'Cắt điện', text: 'Kính gửi {{name}}', imageUrl: '', buttons: [] };
    expect(versionFor(state, 'en')).toEqual({ version: state.vi, language: 'vi' });
    state.en = { title: 'Power cut', text: 'Dear {{name}}', imageUrl: '', buttons: [] };
    expect(versionFor(state, 'en')).toEqual({ version: state.en, language: 'en' });
    expect(versionFor(state, 'vi')).toEqual({ version: state.vi, language: 'vi' });
  });

  it('fills the placeholders the server fills, and leaves others as typed', () => {
    expect(fillSample('{{ name }}, {{commune}}: {{other}}', { name: 'An', commune: 'phường Mẫu' }, 'vi')).toBe(
      'An, phường Mẫu: {{other}}',
    );
  });

  it('capitalises the form of address at a sentence start, as sending does', () => {
    const text = '{{name}} lưu ý: kính gửi {{name}}. {{name}} nhớ mang sổ.\n{{name}}: lịch tiêm';
    for (const language of ['vi', 'en'] as const) {
      for (const name of ['anh/chị', 'citizen', 'Nguyễn Văn An']) {
        expect(fillSample(text, { name, commune: 'x' }, language)).toBe(
          fillPlaceholders(text, { name, commune: 'x' }, language),
        );
      }
    }
    expect(fillSample(text, { name: 'anh/chị', commune: 'x' }, 'vi')).toBe(
      'Anh/chị lưu ý: kính gửi anh/chị. Anh/chị nhớ mang sổ.\nAnh/chị: lịch tiêm',
    );
  });

  it("cases the commune's name as sending does: lower-case unit word within a sentence, a capital at its start", () => {
    const text = '{{commune}} cắt nước. Người dân tại {{commune}} chuẩn bị.\n{{commune}}: lịch cắt nước';
    const filled = (commune: string, language: 'vi' | 'en') => [
      fillSample(text, { name: 'An', commune }, language),
      fillPlaceholders(text, { name: 'An', commune }, language),
    ];
    for (const commune of ['Phường Kinh Bắc', 'phường Mẫu', 'Xã Tân Lập', 'Thị trấn Hồ', 'địa phương', 'Hòa Cường']) {
      const [preview, sent] = filled(commune, 'vi');
      expect(preview).toBe(sent);
    }
    expect(filled('Phường Kinh Bắc', 'vi')[0]).toBe(
      'Phường Kinh Bắc cắt nước. Người dân tại phường Kinh Bắc chuẩn bị.\nPhường Kinh Bắc: lịch cắt nước',
    );
    expect(filled('phường Mẫu', 'vi')[0]).toBe(
      'Phường Mẫu cắt nước. Người dân tại phường Mẫu chuẩn bị.\nPhường Mẫu: lịch cắt nước',
    );
    expect(filled('Phường Kinh Bắc', 'en')).toEqual([
      'Phường Kinh Bắc cắt nước. Người dân tại Phường Kinh Bắc chuẩn bị.\nPhường Kinh Bắc: lịch cắt nước',
      'Phường Kinh Bắc cắt nước. Người dân tại Phường Kinh Bắc chuẩn bị.\nPhường Kinh Bắc: lịch cắt nước',
    ]);
  });
});
