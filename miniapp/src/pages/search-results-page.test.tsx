import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeServer } from '../test/fake-server';
import { procedureDetail } from '../test/fixtures';
import { renderApp } from '../test/render-app';

const results = {
  items: [
    {
      code: '1.014064',
      name: 'Cấp lại thẻ căn cước',
      level: 'Cấp xã',
      levels: ['Cấp xã'],
      field: 'Cấp, quản lý căn cước',
    },
    {
      code: '1.014065',
      name: 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)',
      level: 'Cấp tỉnh',
      levels: ['Cấp tỉnh'],
      field: 'Cấp, quản lý căn cước',
    },
  ],
  total: 2,
};

describe('search results', () => {
  it('searches from the home page and lists each result with its level and field', async () => {
    const server = createFakeServer({
      'GET /api/public/config': {
        body: { oaId: null, portalUrl: 'https://dichvucong.gov.vn', devIdentity: true },
      },
      'GET /api/public/life-events': { body: { items: [] } },
      'GET /api/public/procedures': { body: results },
    });
    const { user } = renderApp('/', server);

    await user.type(screen.getByLabelText('Tìm thủ tục'), 'lam lai can cuoc{Enter}');

    const row = await screen.findByRole('button', { name: 'Cấp lại thẻ căn cước' });
    expect(server.calls('GET /api/public/procedures')[0].query.get('q')).toBe('lam lai can cuoc');
    expect(within(row).getByText('Cấp xã')).toBeTruthy();
    expect(within(row).getByText('Cấp, quản lý căn cước')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)' }),
    ).toBeTruthy();
    expect(screen.getByText('Tìm thấy 2 thủ tục')).toBeTruthy();
  });

  it('opens the procedure a citizen taps', async () => {
    const server = createFakeServer({
      'GET /api/public/procedures': { body: results },
      'GET /api/public/procedures/1.014064': { body: procedureDetail() },
    });
    const { user } = renderApp('/search?q=lam%20lai%20can%20cuoc', server);

    await user.click(await screen.findByRole('button', { name: 'Cấp lại thẻ căn cước' }));

    expect(await screen.findByRole('heading', { name: 'Thành phần hồ sơ' })).toBeTruthy();
    expect(server.calls('GET /api/public/procedures/1.014064')).toHaveLength(1);
  });

  it('shows a loading state, then an empty state with a hint', async () => {
    const server = createFakeServer({ 'GET /api/public/procedures': { body: { items: [], total: 0 } } });
    renderApp('/search?q=xin%20giay%20phep%20bay', server);

    expect(screen.getByText('Đang tìm thủ tục…')).toBeTruthy();
    expect(await screen.findByText('Không tìm thấy thủ tục phù hợp với “xin giay phep bay”.')).toBeTruthy();
    expect(screen.getByText(/Hãy thử từ khóa ngắn hơn/)).toBeTruthy();
    expect(screen.queryByText('Đang tìm thủ tục…')).toBeNull();
  });

  it('loads the next page on "Xem thêm"', async () => {
    const server = createFakeServer({
      'GET /api/public/procedures': (request) =>
        request.query.get('offset') === '1'
          ? { body: { items: [results.items[1]], total: 2 } }
          : { body: { items: [results.items[0]], total: 2 } },
    });
    const { user } = renderApp('/search?q=can%20cuoc', server);

    await user.click(await screen.findByRole('button', { name: 'Xem thêm' }));

    expect(
      await screen.findByRole('button', { name: 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it("shows the server's message when the search fails", async () => {
    const server = createFakeServer({
      'GET /api/public/procedures': {
        status: 400,
        body: { statusCode: 400, message: 'Từ khóa tối đa 200 ký tự.' },
      },
    });
    renderApp('/search?q=abc', server);

    expect(within(await screen.findByRole('alert')).getByText('Từ khóa tối đa 200 ký tự.')).toBeTruthy();
  });
});
