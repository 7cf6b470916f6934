/** A snippet of text with one phrase marked; the text is rendered as text, never as HTML. */
export function InContext({ context, phrase }: { context: string; phrase: string }) {
  const at = phrase ? context.indexOf(phrase) : -1;
  if (at < 0) return <>{context}</>;
  return (
    <>
      {context.slice(0, at)}
      <mark>{phrase}</mark>
      {context.slice(at + phrase.length)}
    </>
  );
}
