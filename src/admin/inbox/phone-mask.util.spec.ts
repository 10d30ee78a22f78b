import { maskPhone } from './phone-mask.util';

describe('maskPhone', () => {
  it('keeps the last three digits only', () => {
    expect(maskPhone('0912345678')).toBe('*******678');
    expect(maskPhone('0912 345 678')).toBe('*******678');
    expect(maskPhone('+84 912 345 678')).toBe('********678');
  });

  it('hides a number too short to show anything', () => {
    expect(maskPhone('123')).toBe('***');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('')).toBeNull();
  });
});
