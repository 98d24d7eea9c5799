import { describe, expect, it } from 'vitest';
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
    expect(fillSample('{{ name }}, {{commune}}: {{other}}', { name: 'An', commune: 'phường Mẫu' })).toBe(
      'An, phường Mẫu: {{other}}',
    );
  });
});
