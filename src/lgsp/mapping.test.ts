import { describe, expect, it } from 'vitest';
import { convertDossierToRaw, convertRawToDossier, formatDateTime, parseDate, parseDateTime } from './mapping.js';
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
