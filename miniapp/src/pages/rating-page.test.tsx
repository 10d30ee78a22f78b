import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeServer } from '../test/fake-server';
import { DOSSIER_CODE, ratingCriteria } from '../test/fixtures';
import { renderApp } from '../test/render-app';

const RATE = `POST /api/public/dossiers/${DOSSIER_CODE}/rating`;

function server() {
  return createFakeServer({
    'GET /api/public/rating-criteria': { body: ratingCriteria },
    [RATE]: (request) => ({
      body: {
        rated: true,
        levelLabel: ratingCriteria.levels.find((l) => l.value === (request.body as { level: string }).level)
          ?.label,
      },
    }),
  });
}

describe('rating', () => {
  it('sends the chosen level, criteria answers and comment, then thanks the citizen', async () => {
    const api = server();
    const { user } = renderApp(`/rate/${DOSSIER_CODE}`, api);

    await user.click(await screen.findByLabelText('Hài lòng'));
    const timing = screen.getByRole('group', { name: 'Thời gian giải quyết hồ sơ so với ngày hẹn trả?' });
    await user.click(within(timing).getByLabelText('Sớm hơn hẹn'));
    await user.type(screen.getByLabelText('Góp ý thêm'), '  Cán bộ hướng dẫn rõ ràng. ');
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Cảm ơn bạn đã đánh giá')).toBeTruthy();
    expect(screen.getByText('Hài lòng')).toBeTruthy();
    expect(api.calls(RATE)[0].body).toEqual({
      level: 'satisfied',
      criteria: { chiso1: 'a' },
      comment: 'Cán bộ hướng dẫn rõ ràng.',
    });
  });

  it('sends only the level when nothing else is answered', async () => {
    const api = server();
    const { user } = renderApp(`/rate/${DOSSIER_CODE}`, api);

    await user.click(await screen.findByLabelText('Rất hài lòng'));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Cảm ơn bạn đã đánh giá')).toBeTruthy();
    expect(screen.getByText('Rất hài lòng')).toBeTruthy();
    expect(api.calls(RATE)[0].body).toEqual({ level: 'very_satisfied' });
  });

  it('asks for a level before sending', async () => {
    const api = server();
    const { user } = renderApp(`/rate/${DOSSIER_CODE}`, api);

    await user.click(await screen.findByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Vui lòng chọn mức độ hài lòng.')).toBeTruthy();
    expect(api.calls(RATE)).toHaveLength(0);
  });

  it("shows the server's refusal and stays on the form", async () => {
    const api = server();
    api.on(RATE, {
      status: 403,
      body: { statusCode: 403, message: 'Chỉ đánh giá được hồ sơ đã có kết quả mà bạn đang theo dõi.' },
    });
    const { user } = renderApp(`/rate/${DOSSIER_CODE}`, api);

    await user.click(await screen.findByLabelText('Không hài lòng'));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Chỉ đánh giá được hồ sơ đã có kết quả mà bạn đang theo dõi.'),
    ).toBeTruthy();
    expect(screen.queryByText('Cảm ơn bạn đã đánh giá')).toBeNull();
  });

  it('keeps the comment within 1000 characters', async () => {
    renderApp(`/rate/${DOSSIER_CODE}`, server());
    const comment = (await screen.findByLabelText('Góp ý thêm')) as HTMLTextAreaElement;
    expect(comment.maxLength).toBe(1000);
  });
});
