import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getPhoneNumber } from 'zmp-sdk/apis';
import type { Notice } from '../api/types';
import { createFakeServer } from '../test/fake-server';
import { DOSSIER_CODE, dossier } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { expectToast } from '../test/toast';
import { pretendInsideZalo } from '../test/zalo';

const me = { name: 'Người dùng thử (ngoài Zalo)', dev: true, phone: null };

function server(items = [dossier({ following: true })], notices: Notice[] = []) {
  return createFakeServer({
    'GET /api/public/me/dossiers': { body: { items } },
    'GET /api/public/me/notifications': { body: { items: notices } },
    'POST /api/public/me/notifications/read': { body: { acknowledged: 1 } },
    'GET /api/public/me': { body: me },
  });
}

describe('my dossiers', () => {
  it('shows new notices at the top and the dossiers with their status', async () => {
    const completed = dossier({
      code: 'H41.99-250302-0002',
      procedureName: 'Đăng ký khai sinh',
      status: 'completed',
      statusLabel: 'Đã có kết quả',
      mine: true,
    });
    const api = server(
      [dossier({ following: true }), completed],
      [
        {
          id: 41,
          dossierCode: 'H41.99-250302-0002',
          kind: 'status',
          text: 'Hồ sơ H41.99-250302-0002 đã có kết quả.',
        },
      ],
    );
    renderApp('/me', api);

    const notices = await screen.findByTestId('notices');
    expect(within(notices).getByText('Hồ sơ H41.99-250302-0002 đã có kết quả.')).toBeTruthy();
    // Shown, then acknowledged: the server stops giving it.
    await vi.waitFor(() =>
      expect(api.requests.find((r) => r.path.endsWith('/notifications/read'))?.body).toEqual({ ids: [41] }),
    );
    const cards = await screen.findAllByTestId('dossier-card');
    expect(cards.map((card) => card.getAttribute('data-code'))).toEqual([DOSSIER_CODE, 'H41.99-250302-0002']);
    expect(within(cards[1]).getByTestId('status-tag').textContent).toBe('Đã có kết quả');
    expect(within(cards[1]).getByText('Nộp bằng số điện thoại của bạn')).toBeTruthy();
    // Notices come before the list in reading order.
    expect(notices.compareDocumentPosition(cards[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers "Đánh giá" only on rateable dossiers and opens the rating form', async () => {
    const rateable = dossier({
      code: 'H41-250302-0002',
      status: 'returned',
      statusLabel: 'Đã trả kết quả',
      rateable: true,
    });
    const api = server([dossier({ following: true }), rateable]);
    api.on('GET /api/public/rating-criteria', { body: { levels: [], criteria: [] } });
    const { user } = renderApp('/me', api);

    const cards = await screen.findAllByTestId('dossier-card');
    expect(within(cards[0]).queryByRole('button', { name: 'Đánh giá' })).toBeNull();
    await user.click(within(cards[1]).getByRole('button', { name: 'Đánh giá' }));

    expect(await screen.findByText('Hồ sơ H41-250302-0002')).toBeTruthy();
  });

  it('points to "Tra cứu hồ sơ" when there is nothing yet', async () => {
    const { user } = renderApp('/me', server([]));

    expect(await screen.findByText('Bạn chưa theo dõi hồ sơ nào.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đi đến Tra cứu hồ sơ' }));
    expect(await screen.findByLabelText('Mã hồ sơ')).toBeTruthy();
  });

  it("shows the server's 401 message outside Zalo", async () => {
    const api = createFakeServer({
      'GET /api/public/me/dossiers': {
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'Vui lòng mở ứng dụng trong Zalo' },
      },
    });
    renderApp('/me', api);

    expect(
      within(await screen.findByRole('alert')).getByText('Vui lòng mở ứng dụng trong Zalo'),
    ).toBeTruthy();
  });

  it('links the Zalo phone number inside Zalo, then shows it masked and reloads the list', async () => {
    pretendInsideZalo();
    vi.mocked(getPhoneNumber).mockResolvedValue({ token: 'phone-token-1' });
    const api = server([]);
    api.on('POST /api/public/me/phone', { body: { phone: '09******78' } });
    const { user } = renderApp('/me', api);

    await user.click(await screen.findByRole('button', { name: 'Liên kết số điện thoại' }));

    expect((await screen.findByTestId('linked-phone')).textContent).toBe('09******78');
    expect(api.calls('POST /api/public/me/phone')[0].body).toEqual({ phoneToken: 'phone-token-1' });
    expect(api.calls('GET /api/public/me/dossiers')).toHaveLength(2);
  });

  it('says linking a phone needs Zalo outside Zalo', async () => {
    const api = server([]);
    const { user } = renderApp('/me', api);

    await user.click(await screen.findByRole('button', { name: 'Liên kết số điện thoại' }));

    await expectToast('Chức năng này chỉ dùng được trong Zalo.');
    expect(getPhoneNumber).not.toHaveBeenCalled();
    expect(api.calls('POST /api/public/me/phone')).toHaveLength(0);
  });
});
