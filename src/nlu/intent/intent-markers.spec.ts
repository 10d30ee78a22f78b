import { GIBBERISH, markerFeatures, PROFANITY } from './intent-markers';

describe('markerFeatures', () => {
  it.each([
    'đm',
    'dm bot',
    'vcl',
    'ngu vkl',
    'đ** m*',
    'd*t',
    'địt mẹ',
    'ĐÉO hiểu',
    'óc chó',
    'oc cho',
    'đồ ngu',
  ])('profanity: %j', (text) => {
    expect(markerFeatures(text)).toContain(PROFANITY);
  });

  it.each([
    'đeo khẩu trang khi đến bộ phận một cửa',
    'diện tích lớn hơn 100 m2',
    'các giấy tờ cần thiết',
    'dù tôi đã nộp đủ',
    'du lịch',
    'đăng ký thường trú',
    'danh mục thủ tục',
    'hồ sơ *bắt buộc*',
  ])('no profanity in ordinary text: %j', (text) => {
    expect(markerFeatures(text)).not.toContain(PROFANITY);
  });

  it.each(['aaaaaaaa', 'kkkkkkkk', 'hahahahaha', 'sdfghjk', 'asdf'])('gibberish: %j', (text) => {
    expect(markerFeatures(text)).toContain(GIBBERISH);
  });

  it.each(['nghiêng', 'thường trú', 'chứng thực', 'xin chào', 'ok'])('no gibberish: %j', (text) => {
    expect(markerFeatures(text)).not.toContain(GIBBERISH);
  });
});
