import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { ConfirmButton } from '../../src/features/live/confirm-button.tsx';

const act = async (action: () => Promise<unknown>) => {
  try {
    await action();
  } catch {
    // The panel shows the failure; here it only must not close the question.
  }
};

function renderButton(onConfirm: () => Promise<unknown>, busy = false) {
  return render(<ConfirmButton label="Remove" ariaLabel="Remove Ann" confirmLabel="Confirm removing Ann" cancelLabel="Cancel" busy={busy} act={act} onConfirm={onConfirm} />);
}

it('acts only on the second click, with focus on the question and back after cancelling', async () => {
  const user = userEvent.setup();
  const onConfirm = vi.fn(() => Promise.resolve());
  renderButton(onConfirm);

  await user.click(screen.getByRole('button', { name: 'Remove Ann' }));
  expect(onConfirm).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Confirm removing Ann' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onConfirm).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Remove Ann' })).toHaveFocus();

  await user.keyboard('{Enter}');
  await user.keyboard('{Enter}');
  expect(onConfirm).toHaveBeenCalledTimes(1);
  expect(await screen.findByRole('button', { name: 'Remove Ann' })).toBeInTheDocument();
});

it('keeps asking when the action fails', async () => {
  const user = userEvent.setup();
  renderButton(() => Promise.reject(new Error('offline')));
  await user.click(screen.getByRole('button', { name: 'Remove Ann' }));
  await user.click(screen.getByRole('button', { name: 'Confirm removing Ann' }));
  expect(screen.getByRole('button', { name: 'Confirm removing Ann' })).toBeInTheDocument();
});

it('cannot be started while another action runs', () => {
  renderButton(() => Promise.resolve(), true);
  expect(screen.getByRole('button', { name: 'Remove Ann' })).toBeDisabled();
});
