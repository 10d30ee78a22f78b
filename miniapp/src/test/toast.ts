import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** A snackbar with `text` is on screen, and the same text reached the screen-reader live region. */
export async function expectToast(text: string): Promise<void> {
  await waitFor(() => {
    expect(screen.getByTestId('toast-announcer').textContent).toBe(text);
    expect(screen.getAllByText(text)).toHaveLength(2);
  });
}
