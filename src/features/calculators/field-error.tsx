/**
 * The message next to a field. It is always in the page, empty while the field is fine, so screen
 * readers announce a message the moment it appears.
 */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="calc-error" aria-live="polite">
      {message}
    </p>
  );
}
