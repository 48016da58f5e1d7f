import { pick, t, TEXT } from './assets/i18n';

describe('board words', () => {
  it('has every Vietnamese text in English too, and no English text left untranslated', () => {
    expect(Object.keys(TEXT.en).sort()).toEqual(Object.keys(TEXT.vi).sort());
  });

  it('writes Vietnamese with its diacritics', () => {
    expect(t('status.striving', 'vi')).toBe('Đang phấn đấu');
    expect(t('status.difficult', 'vi')).toBe('Khó khăn');
    expect(t('summary.annual', 'vi', { year: 2023 })).toBe('Kế hoạch năm 2023');
    expect(t('summary.annual', 'en', { year: 2023 })).toBe('2023 plan');
  });

  it('picks the name in the chosen language and falls back to the other', () => {
    expect(pick({ nameVi: 'Sở Y tế', nameEn: 'Department of Health' }, 'name', 'en')).toBe('Department of Health');
    expect(pick({ nameVi: 'Sở Y tế', nameEn: '' }, 'name', 'en')).toBe('Sở Y tế');
    expect(pick(null, 'name', 'vi')).toBe('');
  });
});
