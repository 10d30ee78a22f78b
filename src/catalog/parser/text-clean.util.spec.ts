import { realField } from './fixtures/real-records';
import {
  cleanInline,
  cleanMultiline,
  collapseInline,
  containsWord,
  isNoInfo,
  normalizeText,
  splitCommaList,
  stripBullet,
  stripPortalWidget,
  syllables,
} from './text-clean.util';

describe('text-clean.util', () => {
  describe('normalizeText', () => {
    it('recomposes decomposed (NFD) Vietnamese into NFC', () => {
      const out = normalizeText('Thu\u0323 ly\u0301 hô\u0300 sơ');
      expect(out).toBe('Thụ lý hồ sơ');
      expect(out).toBe(out.normalize('NFC'));
    });

    it('turns NBSP, tabs and other space-like characters into plain spaces and drops invisible ones', () => {
      expect(normalizeText('Phí\u00a0lệ\tphí\u200b\u202fđồng\r\nB')).toBe('Phí lệ phí đồng\nB');
    });

    it('normalises a real decomposed field of the catalog (1.000178 documents)', () => {
      const raw = realField('1.000178', 'thanh_phan_ho_so');
      expect(raw).not.toBe(raw.normalize('NFC'));
      expect(normalizeText(raw)).toBe(raw.normalize('NFC'));
    });
  });

  describe('collapse / clean', () => {
    it('collapses doubled spaces and line breaks for one-line values', () => {
      expect(collapseInline('  Luật Khiếu nại  năm\u00a02011 \n')).toBe('Luật Khiếu nại năm 2011');
    });

    it('keeps line structure for multi-line values but trims lines and blank runs', () => {
      expect(cleanMultiline('Bước 1:  nộp  \n\n\n\n  Bước 2: nhận ')).toBe('Bước 1: nộp\n\nBước 2: nhận');
    });

    it.each(['Không có thông tin', ' không có thông tin. ', '', '   ', 'Không\u00a0có thông tin'])(
      'maps the "no information" marker %j to null',
      (value) => {
        expect(isNoInfo(value)).toBe(true);
        expect(cleanInline(value)).toBeNull();
        expect(cleanMultiline(value)).toBeNull();
      },
    );

    it('returns null for non-string values', () => {
      expect(cleanInline(undefined)).toBeNull();
      expect(cleanInline(42)).toBeNull();
      expect(cleanMultiline({})).toBeNull();
    });

    it('does not treat real text that merely starts like the marker as empty', () => {
      expect(isNoInfo('Không có thông tin về cư trú thì phải xuất trình giấy tờ')).toBe(false);
    });
  });

  describe('stripPortalWidget', () => {
    it('cuts the agency picker and submit button captured after a result (1.001193)', () => {
      const raw = normalizeText(realField('1.001193', 'ket_qua_xu_ly'));
      const out = stripPortalWidget(raw);
      expect(out).toBe('Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tảKhông có thông tin');
      expect(out).not.toContain('Nộp hồ sơ');
    });

    it('leaves text without the widget alone', () => {
      expect(stripPortalWidget('Giấy phép lái xe')).toBe('Giấy phép lái xe');
    });
  });

  describe('lists and words', () => {
    it('splits comma lists and drops empties and duplicates', () => {
      expect(splitCommaList('Cấp bộ, Cấp tỉnh,  Cấp xã, Cấp tỉnh,')).toEqual([
        'Cấp bộ',
        'Cấp tỉnh',
        'Cấp xã',
      ]);
      expect(splitCommaList('Không có thông tin')).toEqual([]);
    });

    it('strips leading bullets', () => {
      expect(stripBullet('- + Giấy chứng sinh')).toBe('Giấy chứng sinh');
      expect(stripBullet('* Giấy tờ phải nộp')).toBe('Giấy tờ phải nộp');
    });

    it('splits syllables in lower case without digits or punctuation', () => {
      expect(syllables('Luật Khiếu nại 02/2011/QH13')).toEqual(['luật', 'khiếu', 'nại', 'qh']);
    });

    it('finds whole words only', () => {
      expect(containsWord('đăng ký khai sinh', 'sinh')).toBe(true);
      expect(containsWord('giấy chứng sinhh', 'sinh')).toBe(false);
      expect(containsWord('an sinh xã hội', 'an')).toBe(true);
      expect(containsWord('quan trọng', 'an')).toBe(false);
    });
  });
});
