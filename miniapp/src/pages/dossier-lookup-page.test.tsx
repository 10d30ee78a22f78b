import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { scanQRCode } from 'zmp-sdk/apis';
import { createFakeServer } from '../test/fake-server';
import { DOSSIER_CODE, dossier } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { expectToast } from '../test/toast';
import { pretendInsideZalo } from '../test/zalo';

const LOOKUP = `GET /api/public/dossiers/${DOSSIER_CODE}`;

async function lookUp(server: ReturnType<typeof createFakeServer>, typed = DOSSIER_CODE) {
  const view = renderApp('/dossiers', server);
  await view.user.type(screen.getByLabelText('Mã hồ sơ'), typed);
  await view.user.click(screen.getByRole('button', { name: 'Tra cứu' }));
  return view;
}

describe('dossier lookup', () => {
  it('looks up the trimmed, upper-cased code and shows the card with the masked applicant', async () => {
    const server = createFakeServer({ [LOOKUP]: { body: { dossier: dossier({ overdue: true }) } } });
    await lookUp(server, `  ${DOSSIER_CODE.toLowerCase()} `);

    const card = await screen.findByTestId('dossier-card');
    expect(server.calls(LOOKUP)).toHaveLength(1);
    expect(within(card).getByText('Nguyễn V** A*')).toBeTruthy();
    expect(within(card).getByText('Người nộp:')).toBeTruthy();
    expect(within(card).getByText('Cấp lại thẻ căn cước')).toBeTruthy();
    expect(within(card).getByText('Công an phường Đông Kinh')).toBeTruthy();
    expect(within(card).getByTestId('status-tag').textContent).toBe('Đang xử lý');
    expect(within(card).getByText('Quá hạn')).toBeTruthy();
  });

  it('offers "Theo dõi hồ sơ" only for a followable dossier not yet followed', async () => {
    const server = createFakeServer({ [LOOKUP]: { body: { dossier: dossier({ followable: false }) } } });
    const { user } = await lookUp(server);
    await screen.findByTestId('dossier-card');
    expect(screen.queryByRole('button', { name: 'Theo dõi hồ sơ' })).toBeNull();

    server.on(LOOKUP, { body: { dossier: dossier({ following: true }) } });
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Đang theo dõi')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Theo dõi hồ sơ' })).toBeNull();

    server.on(LOOKUP, { body: { dossier: dossier() } });
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('button', { name: 'Theo dõi hồ sơ' })).toBeTruthy();
    expect(screen.queryByText('Đang theo dõi')).toBeNull();
  });

  it('follows the dossier, then shows "Đang theo dõi" and "Bỏ theo dõi"', async () => {
    const server = createFakeServer({
      [LOOKUP]: { body: { dossier: dossier() } },
      'POST /api/public/me/dossiers': { body: { following: true } },
      [`DELETE /api/public/me/dossiers/${DOSSIER_CODE}`]: { body: { following: false } },
    });
    const { user } = await lookUp(server);

    await user.click(await screen.findByRole('button', { name: 'Theo dõi hồ sơ' }));

    expect(await screen.findByText('Đang theo dõi')).toBeTruthy();
    expect(server.calls('POST /api/public/me/dossiers')[0].body).toEqual({ code: DOSSIER_CODE });
    await user.click(screen.getByRole('button', { name: 'Bỏ theo dõi' }));
    expect(await screen.findByRole('button', { name: 'Theo dõi hồ sơ' })).toBeTruthy();
    expect(server.calls(`DELETE /api/public/me/dossiers/${DOSSIER_CODE}`)).toHaveLength(1);
  });

  it('shows the lookup limit message of a 429', async () => {
    const server = createFakeServer({
      [LOOKUP]: {
        status: 429,
        body: {
          statusCode: 429,
          message: 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 10 phút.',
          details: { retryAfterMinutes: 10 },
        },
      },
    });
    await lookUp(server);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau 10 phút.'),
    ).toBeTruthy();
  });

  it('asks for a code before looking up', async () => {
    const server = createFakeServer();
    const { user } = renderApp('/dossiers', server);

    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));

    expect(await screen.findByText('Vui lòng nhập mã hồ sơ.')).toBeTruthy();
    expect(server.requests).toHaveLength(0);
  });

  it('shows the history after the last four phone digits match, and the 403 message when they do not', async () => {
    const detailed = dossier({
      statusText: 'Đang thẩm định hồ sơ',
      history: [
        { at: '01/03/2025', label: 'Đã tiếp nhận', text: 'Tiếp nhận tại Bộ phận Một cửa' },
        { at: '03/03/2025', label: 'Đang xử lý', text: null },
      ],
    });
    const server = createFakeServer({
      [LOOKUP]: { body: { dossier: dossier() } },
      [`POST /api/public/dossiers/${DOSSIER_CODE}/verify`]: (request) =>
        (request.body as { last4: string }).last4 === '5678'
          ? { body: { dossier: detailed } }
          : {
              status: 403,
              body: { statusCode: 403, message: 'Bốn số cuối không khớp với số điện thoại trên hồ sơ.' },
            },
    });
    const { user } = await lookUp(server);

    await user.click(await screen.findByRole('button', { name: 'Xem chi tiết' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('4 số cuối số điện thoại'), '1234');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(
      await within(dialog).findByText('Bốn số cuối không khớp với số điện thoại trên hồ sơ.'),
    ).toBeTruthy();

    await user.clear(within(dialog).getByLabelText('4 số cuối số điện thoại'));
    await user.type(within(dialog).getByLabelText('4 số cuối số điện thoại'), '5678');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));

    const history = await screen.findByTestId('dossier-history');
    expect(within(history).getByText('Tiếp nhận tại Bộ phận Một cửa')).toBeTruthy();
    expect(within(history).getByText('Đang thẩm định hồ sơ')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xem chi tiết' })).toBeNull();
  });

  it('offers "Đánh giá" for a rateable dossier', async () => {
    const server = createFakeServer({
      [LOOKUP]: {
        body: { dossier: dossier({ status: 'returned', statusLabel: 'Đã trả kết quả', rateable: true }) },
      },
      'GET /api/public/rating-criteria': { body: { levels: [], criteria: [] } },
    });
    const { user } = await lookUp(server);

    await user.click(await screen.findByRole('button', { name: 'Đánh giá' }));

    expect(await screen.findByText(`Hồ sơ ${DOSSIER_CODE}`)).toBeTruthy();
  });

  it('fills the code from a scanned receipt QR inside Zalo and looks it up', async () => {
    pretendInsideZalo();
    vi.mocked(scanQRCode).mockResolvedValue({
      content: `https://dvc.example.vn/tra-cuu?maHoSo=${DOSSIER_CODE}`,
    });
    const server = createFakeServer({ [LOOKUP]: { body: { dossier: dossier() } } });
    const { user } = renderApp('/dossiers', server);

    await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));

    expect(((await screen.findByLabelText('Mã hồ sơ')) as HTMLInputElement).value).toBe(DOSSIER_CODE);
    expect(await screen.findByTestId('dossier-card')).toBeTruthy();
  });

  it('says the scan failed when Zalo returns nothing, and that it needs Zalo outside Zalo', async () => {
    const server = createFakeServer();
    const { user } = renderApp('/dossiers', server);
    await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));
    await expectToast('Không quét được mã QR: chức năng này chỉ dùng được trong Zalo.');

    pretendInsideZalo();
    vi.mocked(scanQRCode).mockResolvedValue({ content: '' });
    await user.click(screen.getByRole('button', { name: 'Quét mã QR' }));
    await expectToast('Không quét được mã QR. Vui lòng thử lại hoặc nhập mã hồ sơ.');
    expect(server.requests).toHaveLength(0);
  });
});
