import { Fragment, type ReactNode } from "react";
import type { ArticleDetail } from "../../api/types.js";
import { segment } from "../../text/segments.js";
import type { Highlight } from "./highlights.js";

type Props = {
  paragraphs: ArticleDetail["paragraphs"];
  body: string;
  highlights: readonly Highlight[];
  target?: number;
};

/** The clean body, paragraph by paragraph, with findings marked. Everything is rendered as text, never as HTML. */
export function ArticleText({ paragraphs, body, highlights, target }: Props) {
  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((p, index) => {
        const end = p.start + p.text.length;
        const holdsTarget = target !== undefined && target >= p.start && target < end;
        const pieces = segment(body, highlights, p.start, end);
        return (
          <p key={p.start} id={`para-${index}`} className={holdsTarget ? "target" : undefined}>
            {pieces
              .map((piece) =>
                piece.spans.reduceRight<ReactNode>(
                  (inner, span) => (
                    <mark
                      key={span.id}
                      className={`hl hl-${span.kind}${target !== undefined && span.start === target ? " hl-target" : ""}`}
                      title={span.title}
                    >
                      {inner}
                    </mark>
                  ),
                  piece.text,
                ),
              )
              .map((node, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional slices of a fixed paragraph
                <Fragment key={i}>{node}</Fragment>
              ))}
          </p>
        );
      })}
    </div>
  );
}
