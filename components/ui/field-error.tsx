/** The message under a field or group, referenced by its aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-800">
      {message}
    </p>
  );
}
