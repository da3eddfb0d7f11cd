import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  /** The first button: it only asks. */
  label: string;
  /** Its accessible name where the label alone is ambiguous (one of many in a list). */
  ariaLabel?: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
  /** What the second click does; the question closes once it has succeeded. */
  onConfirm: () => Promise<unknown>;
}

/**
 * An action that cannot be undone, asked twice: the first click offers "confirm" and "cancel" in
 * its place. Focus follows the question, so a keyboard user lands on the answer and, after
 * cancelling, back on the first button.
 */
export function ConfirmButton({ label, ariaLabel, confirmLabel, cancelLabel, busy, act, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (asking ? confirmButton : askButton).current?.focus();
  }, [asking]);

  const answer = (next: boolean) => {
    moveFocus.current = true;
    setAsking(next);
  };

  if (!asking) {
    return (
      <button ref={askButton} type="button" disabled={busy} onClick={() => answer(true)} aria-label={ariaLabel}>
        {label}
      </button>
    );
  }
  return (
    <>
      <button
        ref={confirmButton}
        type="button"
        className="live-danger"
        disabled={busy}
        onClick={() =>
          void act(async () => {
            await onConfirm();
            setAsking(false);
          })
        }
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => answer(false)}>
        {cancelLabel}
      </button>
    </>
  );
}
