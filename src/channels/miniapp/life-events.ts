/**
 * Procedures grouped by the moment of life that brings a citizen to them, as the national public
 * service portal groups them. Codes are national catalog codes (the commune-level one where a
 * procedure exists at several levels); life-events.spec.ts checks each against the shipped catalog.
 */
export interface LifeEvent {
  id: string;
  title: string;
  description: string;
  codes: string[];
}

export const LIFE_EVENTS: LifeEvent[] = [
  {
    id: 'sinh-con',
    title: 'Sinh con',
    description: 'Khai sinh, thường trú, thẻ bảo hiểm y tế cho trẻ, chế độ thai sản',
    codes: ['1.001193', '2.000986', '2.001023', '2.000693'],
  },
  {
    id: 'ket-hon',
    title: 'Kết hôn',
    description: 'Đăng ký kết hôn, xác nhận tình trạng hôn nhân',
    codes: ['1.000894', '1.004873', '2.000806'],
  },
  {
    id: 'can-cuoc',
    title: 'Làm căn cước',
    description: 'Cấp mới, cấp đổi, cấp lại thẻ căn cước',
    codes: ['1.014061', '1.014062', '1.014063', '1.014064'],
  },
  {
    id: 'cu-tru',
    title: 'Cư trú',
    description: 'Đăng ký thường trú, tạm trú',
    codes: ['1.004222', '1.004194', '1.003197'],
  },
  {
    id: 'dat-dai',
    title: 'Đất đai, nhà ở',
    description: 'Sổ đỏ lần đầu, nhận chuyển nhượng, cấp lại khi bị mất',
    codes: ['1.013978', '1.012787', '1.012786'],
  },
  {
    id: 'kinh-doanh',
    title: 'Kinh doanh',
    description: 'Hộ kinh doanh, doanh nghiệp tư nhân',
    codes: ['1.001612', '2.001610'],
  },
  {
    id: 'nguoi-than-qua-doi',
    title: 'Người thân qua đời',
    description: 'Khai tử, chế độ tử tuất',
    codes: ['1.000656', '2.000821'],
  },
  {
    id: 'giay-to',
    title: 'Giấy tờ, chứng thực',
    description: 'Chứng thực bản sao, trích lục hộ tịch, lý lịch tư pháp, hộ chiếu',
    codes: ['2.000815', '2.000635', '3.000333', '1.001456'],
  },
];
