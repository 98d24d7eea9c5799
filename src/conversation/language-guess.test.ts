import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asksInEnglish, guessLanguage, isEnglishAlone } from './language-guess.js';
import { createTemplateRenderer } from './template-renderer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const words = createTemplateRenderer({ templatesDir: path.join(ROOT, 'templates') });

describe('the language a message is plainly written in', () => {
  it.each([
    ['How do I register my temporary residence?', 'en'],
    ['I want to report a broken street light near my house', 'en'],
    ['Where is your office and when does it open?', 'en'],
    ['Could you check the status of my application please', 'en'],
    ['How to register a birth?', 'en'],
    // The commune's name is a name, not Vietnamese words in an English sentence.
    ['There is a big pothole on the road near the market in Yen Phong commune, please fix it', 'en'],
    ['The road is flooded\nPlease send someone to fix the drain', 'en'],
    // Capitals all over say nothing of names: elderly citizens type in capitals.
    ['HOW DO I REGISTER MY TEMPORARY RESIDENCE?', 'en'],
    ['Please Check The Status Of My Application', 'en'],
    ['TOI MUON HOI HO SO', 'vi'],
    ['CHO EM HOI THU TUC KET HON', 'vi'],
    ['Cho Em Hoi Thu Tuc Ket Hon', 'vi'],
    ['Where to pay traffic fine?', 'en'],
    // English function words that also spell a Vietnamese syllable ("to", "an", "the", "in", "my") are English between
    // English words.
    ['I want to talk to an officer please?', 'en'],
    ['Can I talk to an officer?', 'en'],
    ['I need to renew my ID card', 'en'],
    ['please send me the form to apply', 'en'],
    ['Xin chào, how do I register my temporary residence?', 'en'],
    ['cho tôi hỏi thủ tục đăng ký kết hôn', 'vi'],
    ['Hồ sơ của tôi đến đâu rồi', 'vi'],
    ['cho em hoi thu tuc dang ky ket hon', 'vi'],
    ['the nao thi duoc cap lai can cuoc', 'vi'],
    // Two or three Vietnamese words with marks are a request however short: an English conversation goes back.
    ['hồ sơ ạ', 'vi'],
    ['tra cứu doanh nghiệp', 'vi'],
    ['Giấy khai sinh', 'vi'],
    ['HỒ SƠ CỦA TÔI', 'vi'],
    ['phản ánh ổ gà trước nhà', 'vi'],
    // A sentence with its marks needs no listed word.
    ['cống thoát nước bị tắc gây ngập đường ở thôn 5', 'vi'],
    // Two or three English words with a word no Vietnamese writes ("dossier", "you"), and none of Vietnamese.
    ['check dossier', 'en'],
    ['check my dossier', 'en'],
    ['check my dossier status', 'en'],
    ['Dossier status?', 'en'],
    ['I need help', 'en'],
    // Without marks, a request's words say Vietnamese when nothing English is said beside them.
    ['tra cuu ho so', 'vi'],
    ['tra cuu thu tuc dang ky ket hon', 'vi'],
  ] as const)('%s → %s', (text, language) => {
    expect(guessLanguage(text, words)).toBe(language);
  });

  it.each([
    // Vietnamese typed without marks, with English words or pasted English, is never taken for English.
    'check giup em status ho so voi, thanks',
    'vneid bao loi your account has been locked la sao',
    'dvc bao "you have no permission to access this page"',
    'app bao the phone number is already registered, xu ly sao',
    'e muon doi lai ten, what should i do',
    'what is ma so thue cua cong ty e',
    'how much phi cap doi gplx',
    'where can i nop phi phat nguoi',
    'when will ho so of e be done',
    'when will ho so be done',
    'to khai tam tru cua em nop o dau vay, thanks',
    'do an o truong the nao, i want to know',
    'hs cccd mst dc ko',
    // Names, addresses and English with a Vietnamese name in it are no Vietnamese sentence.
    'Trần Thị Thúy Hằng',
    'Nguyễn Thị Lan Anh',
    'Số 12 phố Lý Thái Tổ, phường Kinh Bắc',
    'Hà Nội',
    'Thúy Hằng',
    'check hồ sơ',
    'phường Kinh Bắc',
    // Names, places and residence words a foreigner types, in any case, and other languages' accents.
    'hà nội',
    'đà nẵng',
    'thẻ tạm trú',
    'gia hạn thị thực',
    'NGUYỄN THỊ LAN',
    'SỐ 12 PHỐ LÝ THÁI TỔ',
    "je suis allé à l'école",
    'How much is the fee for Giấy phép lái xe?',
    // Too short to say, or small talk (Vietnamese citizens greet and thank in English too).
    'hello',
    'hi',
    'help',
    'thank you so much',
    // Vietnamese without marks, and English words Vietnamese chat uses beside Vietnamese ones.
    'chao ban',
    'xin chao',
    'hello ad oi',
    'hi em',
    'check ho so',
    'check hs',
    'check status',
    'ok',
    'cảm ơn nhiều ạ',
    '000.00.15.H02-221205-0001',
  ])('%s → no language', (text) => {
    expect(guessLanguage(text, words)).toBeNull();
  });
});

describe('a greeting or a call for help alone, in English', () => {
  it.each([
    ['hello', true],
    ['Hi!', true],
    ['help', true],
    ['Good morning', true],
    ['hello ad oi', false],
    ['xin chào', false],
    ['chao ban', false],
    ['giúp tôi', false],
    ['ok', false],
  ] as const)('%s → %s', (text, alone) => {
    expect(isEnglishAlone(text, words)).toBe(alone);
  });
});

describe('an English message that asks something', () => {
  it.each([
    ['what data do you keep about me?', true],
    ['How do I register my temporary residence', true],
    ['Sorry, where is your office', false],
    ['Your session has expired, please log in again', false],
    ['my email is lan.nguyen@example.com', false],
  ] as const)('%s → %s', (text, asks) => {
    expect(asksInEnglish(text)).toBe(asks);
  });
});
