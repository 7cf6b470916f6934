/** A refused correction, in the server's words, with the hint a missing token needs. */
export function CorrectionError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
      {/token/i.test(error.message) ? " (set the write token on the Upload page)" : ""}
    </p>
  );
}
