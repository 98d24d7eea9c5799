import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language-guess.js';
import { createTemplateRenderer } from './template-renderer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const words = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });

describe('the language a message is plainly written in', () => {
  it.each([
    ['How do I register my temporary residence?', 'en'],
    ['I want to report a broken street light near my house', 'en'],
    ['Where is your office and when does it open?', 'en'],
    ['Could you check the status of my application please', 'en'],
    ['cho tôi hỏi thủ tục đăng ký kết hôn', 'vi'],
    ['Hồ sơ của tôi đến đâu rồi', 'vi'],
  ] as const)('%s → %s', (text, language) => {
    expect(guessLanguage(text, words)).toBe(language);
  });

  it.each([
    // Vietnamese typed without marks is never taken for English, nor a mix of the two.
    'cho em hoi thu tuc dang ky ket hon voi nguoi nuoc ngoai',
    'the nao thi duoc cap lai can cuoc',
    'check giup em status ho so voi, thanks',
    'ho so cua toi sao roi ad',
    // Too short to say, or small talk (Vietnamese citizens thank in English too).
    'check my dossier',
    'thank you so much',
    'cảm ơn nhiều ạ',
    'hồ sơ',
    'tra cứu doanh nghiệp',
    '000.00.15.H02-221205-0001',
  ])('%s → no language', (text) => {
    expect(guessLanguage(text, words)).toBeNull();
  });
});
