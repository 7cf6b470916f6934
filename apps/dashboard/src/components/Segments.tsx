import { Fragment } from "react";

/** Text split by the API into plain and matching parts: matches become <mark>, and nothing is parsed as HTML. */
export function Segments({ parts }: { parts: ReadonlyArray<{ text: string; hit: boolean }> }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
