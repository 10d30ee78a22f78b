import { parseVietnamesePhone } from './phone.util';

describe('parseVietnamesePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(+84) 386 123 456', '0386123456'],
    ['số của tôi là 0703 123 456 nhé', '0703123456'],
    ['(024) 3823 4567', '02438234567'],
    ['0283 822 1234', '02838221234'],
  ])('reads %s', (text, expected) => {
    expect(parseVietnamesePhone(text)).toBe(expected);
  });

  it.each([
    '',
    '12345',
    '0123456789',
    '091234567',
    '09123456789',
    '+1 415 555 0100',
    'không có',
    '0100 000 000',
  ])('rejects %s', (text) => {
    expect(parseVietnamesePhone(text)).toBeNull();
  });
});
