import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from '../conversation/index.js';
import { categoryLabel } from './category-labels.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const renderer = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });

describe('what a citizen reads as a feedback category', () => {
  it.each<[string, { code: string; name: string }, 'vi' | 'en', string]>([
    [
      'a shipped name in English',
      { code: 'DIEN_NUOC', name: 'Điện, nước sinh hoạt' },
      'en',
      'Electricity, water supply',
    ],
    ['a shipped name in Vietnamese', { code: 'GIAO_DUC', name: 'Giáo dục' }, 'vi', 'Giáo dục'],
    ['a code no template names: the LGSP’s name', { code: 'NONG_NGHIEP', name: 'Nông nghiệp' }, 'en', 'Nông nghiệp'],
    ['a code i18next would read as a path', { code: 'HA.TANG', name: 'Hạ tầng' }, 'en', 'Hạ tầng'],
  ])('%s', (_name, category, language, label) => {
    expect(categoryLabel(category, language, renderer)).toBe(label);
  });
});
