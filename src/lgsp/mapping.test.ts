import { describe, expect, it } from 'vitest';
import {
  convertBusinessToRaw,
  convertDossierToRaw,
  convertRawToBusiness,
  convertRawToDossier,
  formatDateTime,
  parseDate,
  parseDateTime,
} from './mapping.js';
import { getShippedProfile } from './profile.js';

describe('LGSP dates (Asia/Ho_Chi_Minh)', () => {
  it('reads yyyyMMddHHmmss as Vietnam local time', () => {
    expect(parseDateTime('20221205083000', 'yyyyMMddHHmmss')).toBe('2022-12-05T01:30:00.000Z');
    expect(parseDateTime('05/12/2022 08:30:00', 'dd/MM/yyyy HH:mm:ss')).toBe('2022-12-05T01:30:00.000Z');
    expect(parseDateTime('', 'yyyyMMddHHmmss')).toBeNull();
    expect(parseDateTime('2022-12-05', 'yyyyMMddHHmmss')).toBeUndefined();
    expect(parseDateTime('20221305083000', 'yyyyMMddHHmmss')).toBeUndefined();
  });

  it('writes back what it reads, across midnight', () => {
    expect(formatDateTime('2022-12-04T20:00:00.000Z', 'yyyyMMddHHmmss')).toBe('20221205030000');
    expect(formatDateTime('2022-12-04T20:00:00.000Z', 'dd/MM/yyyy HH:mm:ss')).toBe('05/12/2022 03:00:00');
    expect(parseDate('20150312', 'yyyyMMdd')).toBe('2015-03-12');
    expect(parseDate('12/03/2015', 'dd/MM/yyyy')).toBe('2015-03-12');
  });
});

describe('dossier mapping', () => {
  const raw = {
    MaHoSo: '000.00.15.H02-221205-0001',
    MaTTHC: '1.001612',
    TenTTHC: 'Đăng ký thành lập hộ kinh doanh',
    TenLinhVuc: 'Thành lập và hoạt động của hộ kinh doanh',
    ChuHoSo: 'Nguyễn Văn An',
    SoDienThoai: '0912345678',
    NgayTiepNhan: '20221205083000',
    NgayHenTra: '20221208170000',
    NgayKetThucXuLy: '',
    NgayTra: '',
    TrangThaiHoSo: 4,
    DonViXuLy: 'UBND xã Yên Phong',
    QuaTrinhXuLy: [
      {
        ThoiDiemXuLy: '20221205083000',
        PhongBanXuLy: 'Bộ phận Một cửa',
        NoiDungXuLy: 'Tiếp nhận hồ sơ',
        TrangThai: '2',
      },
    ],
  };

  it('maps the contract example (numeric status codes too) and round-trips through another profile', () => {
    const reference = getShippedProfile('reference');
    const vnpt = getShippedProfile('vnpt-sample');
    const converted = convertRawToDossier(reference, raw);
    expect(converted.ok).toBe(true);
    if (!converted.ok) return;
    expect(converted.value.status).toBe('processing');
    expect(converted.value.history[0]?.status).toBe('received');
    const asVnpt = convertDossierToRaw(vnpt, { ...converted.value, ownerPhone: '0912345678', ownerEmail: null });
    expect(asVnpt).toMatchObject({ dossierStatus: { code: 'IN_PROGRESS' }, acceptedDate: '05/12/2022 08:30:00' });
    expect(convertRawToDossier(vnpt, asVnpt)).toEqual(converted);
  });

  it('refuses, with field paths only, a record that does not fit', () => {
    const reference = getShippedProfile('reference');
    const result = convertRawToDossier(reference, { ...raw, TrangThaiHoSo: '42', NgayHenTra: 'mai' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(expect.arrayContaining(['dueAt: invalid_date', 'status: unknown_status_code']));
    expect(result.issues.join(' ')).not.toContain('Nguyễn');
  });
});

describe('business mapping', () => {
  const raw = (status: unknown) => ({
    MainInformation: {
      ENTERPRISE_CODE: '2300900005',
      NAME: 'CÔNG TY TNHH ĐIỆN TỬ KINH BẮC',
      HO_ADDRESS: 'Lô C5, Khu công nghiệp Quế Võ',
      ENTERPRISE_STATUS: status,
      FOUNDING_DATE: '20150312',
    },
    Representatives: [],
  });
  const statusOf = (status: unknown) => {
    const converted = convertRawToBusiness(getShippedProfile('reference'), raw(status));
    return converted.ok ? { status: converted.value.status, statusText: converted.value.statusText } : converted;
  };

  it("reads the register's words for a status, in any case or spacing, and keeps them", () => {
    expect(statusOf('Đang hoạt động')).toEqual({ status: 'active', statusText: 'Đang hoạt động' });
    expect(statusOf(' tạm ngừng  kinh doanh có thời hạn')).toMatchObject({ status: 'suspended' });
    expect(statusOf('Đã giải thể')).toMatchObject({ status: 'dissolved' });
    // Decomposed marks (some systems send NFD) are the same words.
    expect(statusOf('Đang làm thủ tục phá sản'.normalize('NFD'))).toMatchObject({ status: 'bankruptcy_proceedings' });
  });

  it('keeps a status the table does not know as the register gives it, and writes it back', () => {
    expect(statusOf('Chờ xác minh')).toEqual({ status: null, statusText: 'Chờ xác minh' });
    const reference = getShippedProfile('reference');
    const converted = convertRawToBusiness(reference, raw('Chờ xác minh'));
    expect(converted.ok && convertBusinessToRaw(reference, converted.value)).toMatchObject(raw('Chờ xác minh'));
  });

  it("takes a profile's own table, codes included", () => {
    const profile = { ...getShippedProfile('reference'), businessStatuses: { '1': 'active' as const } };
    const converted = convertRawToBusiness(profile, raw(1));
    expect(converted.ok && converted.value.status).toBe('active');
  });
});
