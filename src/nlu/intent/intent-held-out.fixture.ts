import type { Intent } from '../nlu.types';

/**
 * Messages written for testing only, never added to intents/*.yaml: the classifier must generalise
 * to them. Mixed diacritics, teencode and typos, as citizens type on phones.
 */
export const HELD_OUT: [string, Intent][] = [
  // procedure
  ['cho mình hỏi làm giấy đăng ký kết hôn cần những gì', 'procedure'],
  ['cap lai giay khai sinh ban chinh o dau vay ad', 'procedure'],
  ['muốn đổi cccd do sai thông tin quê quán thì làm sao', 'procedure'],
  ['làm sổ đỏ cho mảnh đất bố mẹ cho tặng cần giấy tờ j', 'procedure'],
  ['xin giấy phép xây nhà 3 tầng ở thành phố mất bao lâu', 'procedure'],
  ['dang ky ho kinh doanh ban tap hoa het bao nhieu tien', 'procedure'],
  ['đăng ký tạm trú cho sinh viên thuê trọ cần những gì ạ', 'procedure'],
  ['hộ chiếu bị mất ở nước ngoài thì xin cấp lại thế nào', 'procedure'],
  ['doi bang lai xe may hang a1 sang the moi co bat buoc ko', 'procedure'],
  ['lệ phí đăng ký xe ô tô mới ở tỉnh là bao nhiêu', 'procedure'],
  // dossier_status
  ['hồ sơ em nộp hôm qua đã có ai nhận chưa ạ', 'dossier_status'],
  ['ho so so do cua nha toi den dau roi ad oi', 'dossier_status'],
  ['tôi nộp hồ sơ kết hôn rồi, bao giờ có giấy', 'dossier_status'],
  ['kiểm tra giúp hồ sơ cấp lại hộ chiếu của tôi với', 'dossier_status'],
  ['hs của mình sao bị trả về vậy', 'dossier_status'],
  ['xem hộ e 000.00.15.H36-250404-0021 đã xong chưa', 'dossier_status'],
  ['mã hs: H37.12.3 - 250228 - 0456', 'dossier_status'],
  ['đã quá ngày hẹn mà hồ sơ vẫn đang xử lý là sao', 'dossier_status'],
  // greeting
  ['chào ad nhé', 'greeting'],
  ['xin chào bạn', 'greeting'],
  ['helloo', 'greeting'],
  ['ad ơi có ở đó ko', 'greeting'],
  ['chào trợ lý ảo nhé', 'greeting'],
  ['e chào ad ạ', 'greeting'],
  // thanks
  ['cảm ơn ad nhiều ạ', 'thanks'],
  ['ok thanks bạn', 'thanks'],
  ['cam on em nhieu nhe', 'thanks'],
  ['dạ cảm ơn cán bộ ạ', 'thanks'],
  ['tks ad nha', 'thanks'],
  ['thank you nhiều', 'thanks'],
  // goodbye
  ['thôi mình đi nhé, bye', 'goodbye'],
  ['tạm biệt nhé', 'goodbye'],
  ['hết rồi ạ, em chào', 'goodbye'],
  ['bye nha ad', 'goodbye'],
  ['hẹn gặp lại bạn', 'goodbye'],
  ['ko cần nữa, tạm biệt', 'goodbye'],
  // rating
  ['5 sao cho cán bộ một cửa', 'rating'],
  ['tôi rất hài lòng với cách phục vụ', 'rating'],
  ['không hài lòng vì phải chờ lâu', 'rating'],
  ['cho 4 sao thôi nhé', 'rating'],
  ['dịch vụ ổn, khá hài lòng', 'rating'],
  ['rat hai long voi can bo', 'rating'],
  ['phục vụ tệ quá', 'rating'],
  // complaint
  ['tôi muốn phản ánh cán bộ địa chính xã gây khó khăn', 'complaint'],
  ['khiếu nại việc thu phí không có biên lai', 'complaint'],
  ['can bo mot cua quat nat nguoi gia, toi muon phan anh', 'complaint'],
  ['gửi đơn kiến nghị về việc cấp sổ đỏ chậm ở đâu', 'complaint'],
  ['tố cáo cán bộ đòi phong bì', 'complaint'],
  ['đề nghị xử lý cán bộ để mất hồ sơ của dân', 'complaint'],
  // human_handoff
  ['cho em gặp cán bộ tư vấn trực tiếp ạ', 'human_handoff'],
  ['tôi muốn nói chuyện với nhân viên thật', 'human_handoff'],
  ['chuyen cho tong dai vien giup toi', 'human_handoff'],
  ['có số điện thoại cán bộ không cho tôi xin', 'human_handoff'],
  ['nhờ cán bộ gọi điện lại cho em nhé', 'human_handoff'],
  ['kết nối người thật giúp mình', 'human_handoff'],
  // out_of_scope
  ['mai trời có nắng không ad', 'out_of_scope'],
  ['tối nay ăn gì cho ngon', 'out_of_scope'],
  ['giá eth hôm nay tăng hay giảm', 'out_of_scope'],
  ['ai đá hay nhất đội tuyển việt nam', 'out_of_scope'],
  ['bạn có người yêu không', 'out_of_scope'],
  ['giải giùm em bài toán hình lớp 8', 'out_of_scope'],
  ['kể một câu chuyện cười đi bot', 'out_of_scope'],
  ['công thức làm bánh bông lan', 'out_of_scope'],
  // abuse
  ['đm bot ngu vãi', 'abuse'],
  ['vcl trả lời như cc', 'abuse'],
  ['mày là đồ vô dụng', 'abuse'],
  ['đ** m* cái ủy ban', 'abuse'],
  ['cút đi đồ ngu', 'abuse'],
  ['aaaaaaaaaaaaaaa', 'abuse'],
  ['kiếm tiền tại nhà 500k mỗi ngày liên hệ zalo', 'abuse'],
];
