import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { openShareSheet, openWebview } from 'zmp-sdk/apis';
import { createFakeServer } from '../test/fake-server';
import { procedureDetail } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { expectToast } from '../test/toast';
import { pretendInsideZalo } from '../test/zalo';

function serverWith(detail = procedureDetail()) {
  return createFakeServer({ [`GET /api/public/procedures/${detail.code}`]: { body: detail } });
}

/** The value under a channel's label in one section ("Trực tiếp" → "7 Ngày làm việc"). */
function channelValue(section: HTMLElement, label: string): string | null {
  const term = within(section).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

describe('procedure detail', () => {
  it('shows name, level and agency', async () => {
    renderApp('/procedures/1.014064', serverWith());

    expect(await screen.findByRole('heading', { level: 1, name: 'Cấp lại thẻ căn cước' })).toBeTruthy();
    expect(screen.getByText('Cấp xã')).toBeTruthy();
    expect(screen.getAllByText('Công an cấp Xã').length).toBeGreaterThan(0);
  });

  it('shows processing time and fee per channel exactly as the catalog gives them, "Không có thông tin" when null', async () => {
    renderApp('/procedures/1.014064', serverWith());

    const times = await screen.findByTestId('section-processing-time');
    const fees = screen.getByTestId('section-fees');
    expect(within(fees).getByRole('heading', { name: 'Phí, lệ phí' })).toBeTruthy();
    expect(channelValue(times, 'Trực tiếp')).toBe('7 Ngày làm việc');
    expect(channelValue(fees, 'Trực tiếp')).toBe(
      '70,000 Việt Nam Đồng (Cấp lại thẻ căn cước: 70.000 đồng/thẻ)',
    );
    expect(channelValue(times, 'Trực tuyến')).toBe('Không có thông tin');
    expect(channelValue(fees, 'Trực tuyến')).toBe('Không có thông tin');
  });

  it('says "Không có thông tin" when the catalog lists no channel at all', async () => {
    renderApp('/procedures/1.014064', serverWith(procedureDetail({ channels: [] })));

    const fees = await screen.findByTestId('section-fees');
    expect(within(fees).getByText('Không có thông tin')).toBeTruthy();
    expect(
      within(screen.getByTestId('section-processing-time')).getByText('Không có thông tin'),
    ).toBeTruthy();
  });

  it('lists documents with quantity and form names, the legal bases, and keeps line breaks of the steps', async () => {
    renderApp('/procedures/1.014064', serverWith());

    const documents = await screen.findByTestId('section-documents');
    expect(within(documents).getByText('Phiếu đề nghị giải quyết thủ tục về căn cước')).toBeTruthy();
    expect(within(documents).getByText('Số lượng: 1 bản chính')).toBeTruthy();
    expect(
      within(documents).getByText(
        'Mẫu đơn, tờ khai: Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc',
      ),
    ).toBeTruthy();
    const steps = within(screen.getByTestId('section-steps')).getByText(/Bước 1/);
    expect(steps.textContent).toBe(
      '- Bước 1: Công dân đến Công an cấp xã.\n- Bước 2: Cán bộ thu nhận thông tin.',
    );
    expect(steps.className).toContain('preformatted');
    const legal = screen.getByTestId('section-legal-bases');
    expect(within(legal).getByText('Số hiệu: 17/2024/TT-BCA')).toBeTruthy();
    expect(
      within(screen.getByTestId('section-place')).getByText('- Trực tiếp tại trụ sở Công an'),
    ).toBeTruthy();
  });

  it('offers online filing when there is an online channel, and opens the portal in a browser tab outside Zalo', async () => {
    const { user } = renderApp('/procedures/1.014064', serverWith());

    await user.click(await screen.findByRole('button', { name: 'Nộp trực tuyến' }));

    expect(window.open).toHaveBeenCalledWith(
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7',
      '_blank',
      'noopener,noreferrer',
    );
    expect(openWebview).not.toHaveBeenCalled();
  });

  it("opens the portal in Zalo's webview inside Zalo; says 'Xem trên Cổng DVC' without an online channel", async () => {
    pretendInsideZalo();
    vi.mocked(openWebview).mockResolvedValue(undefined);
    const detail = procedureDetail({ channels: [procedureDetail().channels[0]] });
    const { user } = renderApp('/procedures/1.014064', serverWith(detail));

    await user.click(await screen.findByRole('button', { name: 'Xem trên Cổng DVC' }));

    expect(openWebview).toHaveBeenCalledWith({
      url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7',
    });
    expect(screen.queryByRole('button', { name: 'Nộp trực tuyến' })).toBeNull();
  });

  it('shares the procedure page inside Zalo', async () => {
    pretendInsideZalo();
    vi.mocked(openShareSheet).mockResolvedValue({ status: 2, shareType: 0, numberOfUser: 1 });
    const { user } = renderApp('/procedures/1.014064', serverWith());

    await user.click(await screen.findByRole('button', { name: 'Chia sẻ' }));

    expect(openShareSheet).toHaveBeenCalledWith({
      type: 'zmp',
      data: expect.objectContaining({ title: 'Cấp lại thẻ căn cước', path: '/?procedure=1.014064' }),
    });
    const { data } = vi.mocked(openShareSheet).mock.calls[0][0] as { data: { thumbnail: string } };
    expect(data.thumbnail).toMatch(/^http.*share-thumbnail\.png$/);
  });

  it('says sharing needs Zalo outside Zalo', async () => {
    const { user } = renderApp('/procedures/1.014064', serverWith());

    await user.click(await screen.findByRole('button', { name: 'Chia sẻ' }));

    await expectToast('Chức năng này chỉ dùng được trong Zalo.');
    expect(openShareSheet).not.toHaveBeenCalled();
  });

  it("shows the server's message for an unknown procedure", async () => {
    const server = createFakeServer({
      'GET /api/public/procedures/9.999': {
        status: 404,
        body: { statusCode: 404, error: 'Not Found', message: 'Không tìm thấy thủ tục 9.999.' },
      },
    });
    renderApp('/procedures/9.999', server);

    expect(within(await screen.findByRole('alert')).getByText('Không tìm thấy thủ tục 9.999.')).toBeTruthy();
  });
});
