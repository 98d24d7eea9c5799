import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTemplateRenderer } from '../conversation/index.js';
import { categoryWords, findCategoryNamedIn } from './category-words.js';

const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
const texts = createTemplateRenderer({ templatesDir: TEMPLATES_DIR });

// The sandbox LGSP's categories, as a province's LGSP lists them (codes and Vietnamese names).
const CATEGORIES = [
  { code: 'HA_TANG_DO_THI', name: 'Hạ tầng, đô thị' },
  { code: 'MOI_TRUONG', name: 'Môi trường, vệ sinh' },
  { code: 'GIAO_THONG', name: 'Giao thông, trật tự an toàn giao thông' },
  { code: 'AN_NINH_TRAT_TU', name: 'An ninh, trật tự' },
  { code: 'DAT_DAI_XAY_DUNG', name: 'Đất đai, xây dựng' },
  { code: 'Y_TE', name: 'Y tế, an toàn thực phẩm' },
  { code: 'GIAO_DUC', name: 'Giáo dục' },
  { code: 'THU_TUC_HANH_CHINH', name: 'Thủ tục hành chính, thái độ cán bộ' },
  { code: 'DIEN_NUOC', name: 'Điện, nước sinh hoạt' },
  { code: 'KHAC', name: 'Lĩnh vực khác' },
];

describe('the category a report’s description names', () => {
  it.each<[string, string | null]>([
    ['đèn đường hỏng', 'HA_TANG_DO_THI'],
    ['Đèn đường ở ngõ 12 bị tắt cả tuần nay, tối đi rất nguy hiểm', 'HA_TANG_DO_THI'],
    ['den duong bi tat may hom nay', 'HA_TANG_DO_THI'],
    ['đường ở thôn 3 bị sụt lún, xe máy đi rất nguy hiểm', 'HA_TANG_DO_THI'],
    ['đèn giao thông ở ngã tư bị hỏng', 'GIAO_THONG'],
    ['rác thải không ai thu gom cả tuần', 'MOI_TRUONG'],
    ['nhà bên cạnh hát karaoke đến 12 giờ đêm', 'AN_NINH_TRAT_TU'],
    ['khu tôi mất nước sinh hoạt 3 ngày rồi', 'DIEN_NUOC'],
    ['cán bộ một cửa xã có thái độ hách dịch', 'THU_TUC_HANH_CHINH'],
    ['có người xây nhà không phép trên đất nông nghiệp', 'DAT_DAI_XAY_DUNG'],
    ['quán ăn trước trường bán thực phẩm bẩn', 'Y_TE'],
    ['trường mầm non lạm thu học phí', 'GIAO_DUC'],
    ['the street light in front of my house has been off for a week', 'HA_TANG_DO_THI'],
    ['garbage has not been collected for days', 'MOI_TRUONG'],
    // Typed with marks, a word meets only the same word: "cống" (a drain) is no "công" (public), nor "cồng".
    ['công an phường làm việc rất tốt', null],
    ['cái cống trước nhà bị tắc', 'HA_TANG_DO_THI'],
    // Typed without marks, one syllable is too many words to name a field alone ("cong": công, cống, cổng, cong).
    ['cong an phuong lam viec cham', null],
    ['cai cong truoc nha bi tac', null],
    ['cong thoat nuoc bi tac', 'HA_TANG_DO_THI'],
    // Hỏi and ngã alike, as much of the country says them: "cây đỗ" is "cây đổ" (a fallen tree).
    ['cây đỗ chắn ngang đường', 'HA_TANG_DO_THI'],
    ['nhà tôi bị nứt do công trình bên cạnh', 'DAT_DAI_XAY_DUNG'],
    // The category named by more of the words.
    ['mất điện và mất nước cả ngày, rác thì không ai thu gom', 'DIEN_NUOC'],
    // Words that name a field only when written so: "dua xe" is also "đưa xe", "bi tat" "bị tật", "đất" the country.
    ['toi dua xe di sua', null],
    ['dau xe truoc cong bi mop', null],
    ['con toi bi tat bam sinh', null],
    ['trạm biến áp quá tải', null],
    ['động đất', null],
    ['hàng xóm hút thuốc', null],
    // Nothing named, or two categories named alike: the citizen chooses.
    ['tôi muốn góp ý một việc', null],
    ['mất điện cả ngày, đường thì đầy ổ gà', null],
    ['', null],
  ])('%s', (text, code) => {
    expect(findCategoryNamedIn(text, CATEGORIES, texts)?.code ?? null).toBe(code);
  });

  it('reads every language’s list: a description in English may name Vietnamese things', () => {
    expect(categoryWords('HA_TANG_DO_THI', texts)).toEqual(expect.arrayContaining(['đèn đường', 'street light']));
    expect(findCategoryNamedIn('the đèn đường near the market', CATEGORIES, texts)?.code).toBe('HA_TANG_DO_THI');
  });

  it('names no category of a code without a list (a province whose LGSP has its own codes adds lists for them)', () => {
    expect(categoryWords('NONG_NGHIEP', texts)).toEqual([]);
    expect(findCategoryNamedIn('đèn đường hỏng', [{ code: 'NONG_NGHIEP', name: 'Nông nghiệp' }], texts)).toBeNull();
  });
});
