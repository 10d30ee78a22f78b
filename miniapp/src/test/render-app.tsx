import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApiClient } from '../api/client';
import { MiniApp } from '../app';
import type { FakeServer } from './fake-server';

/** The whole app, started at `path`, talking to `server` through the real API client. */
export function renderApp(path: string, server: FakeServer) {
  const api = createApiClient({ fetch: server.fetch });
  const user = userEvent.setup();
  const view = render(<MiniApp api={api} initialPath={path} />);
  return { user, ...view };
}
