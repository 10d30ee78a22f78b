import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { followOA, openChat } from 'zmp-sdk/apis';
import { createFakeServer } from '../test/fake-server';
import { lifeEvents } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { expectToast } from '../test/toast';
import { pretendInsideZalo } from '../test/zalo';

function server(oaId: string | null = '1234567890') {
  return createFakeServer({
    'GET /api/public/config': { body: { oaId, portalUrl: 'https://dichvucong.gov.vn', devIdentity: true } },
    'GET /api/public/life-events': { body: { items: lifeEvents } },
  });
}

describe('home', () => {
  it('lists life events; tapping one shows its procedures', async () => {
    const { user } = renderApp('/', server());

    await user.click(await screen.findByRole('button', { name: /Sinh con/ }));

    expect(await screen.findByRole('button', { name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đăng ký thường trú' })).toBeTruthy();
  });

  it('goes to the dossier lookup and to my dossiers from the shortcuts', async () => {
    const api = server();
    api.on('GET /api/public/me/dossiers', { body: { items: [] } });
    api.on('GET /api/public/me/notifications', { body: { items: [] } });
    api.on('GET /api/public/me', { body: { name: 'x', dev: true, phone: null } });
    const { user } = renderApp('/', api);
    const main = screen.getByRole('main');

    await user.click(within(main).getByRole('button', { name: 'Tra cứu hồ sơ' }));
    expect(await screen.findByLabelText('Mã hồ sơ')).toBeTruthy();

    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Trang chủ' }));
    await user.click(within(await screen.findByRole('main')).getByRole('button', { name: 'Hồ sơ của tôi' }));
    expect(await screen.findByText('Bạn chưa theo dõi hồ sơ nào.')).toBeTruthy();
  });

  it('hides the Zalo OA card when the server has no OA', async () => {
    renderApp('/', server(null));

    await screen.findByRole('button', { name: /Sinh con/ });
    expect(screen.queryByRole('button', { name: 'Quan tâm Zalo OA' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhắn tin cho tổng đài' })).toBeNull();
  });

  it('follows the OA and opens its chat inside Zalo', async () => {
    pretendInsideZalo();
    vi.mocked(followOA).mockResolvedValue(undefined);
    vi.mocked(openChat).mockResolvedValue(undefined);
    const { user } = renderApp('/', server('1234567890'));

    await user.click(await screen.findByRole('button', { name: 'Quan tâm Zalo OA' }));
    await user.click(screen.getByRole('button', { name: 'Nhắn tin cho tổng đài' }));

    expect(followOA).toHaveBeenCalledWith({ id: '1234567890' });
    expect(openChat).toHaveBeenCalledWith({ type: 'oa', id: '1234567890' });
    await expectToast('Cảm ơn bạn đã quan tâm Zalo OA.');
  });

  it('says the OA features need Zalo outside Zalo', async () => {
    const { user } = renderApp('/', server('1234567890'));

    await user.click(await screen.findByRole('button', { name: 'Nhắn tin cho tổng đài' }));

    await expectToast('Chức năng này chỉ dùng được trong Zalo.');
    expect(openChat).not.toHaveBeenCalled();
  });

  it('shows a friendly message, not a blank page, when the server cannot be reached', async () => {
    const offline = createFakeServer();
    offline.fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    const { user } = renderApp('/', offline);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không kết nối được máy chủ. Vui lòng thử lại.')).toBeTruthy();
    expect(screen.queryByText(/Failed to fetch/)).toBeNull();
    expect(screen.getByLabelText('Tìm thủ tục')).toBeTruthy();

    offline.fetch.mockReset();
    offline.fetch.mockImplementation(server().fetch);
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('button', { name: /Sinh con/ })).toBeTruthy();
  });
});
