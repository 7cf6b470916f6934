export type SplitLine = { line: number; text: string } | { line: number; tooLong: number };

/**
 * Cuts streamed text into lines (`\n`, `\r\n` or a lone `\r`, as readline does) numbered from 1, without ever
 * holding more than `maxLineBytes` of one line: a longer line is reported with its size and skipped.
 */
export class LineSplitter {
  private parts: string[] = [];
  private bytes = 0;
  private line = 1;
  private afterCR = false;

  constructor(private readonly maxLineBytes: number) {}

  push(chunk: string): SplitLine[] {
    const out: SplitLine[] = [];
    let start = 0;
    if (this.afterCR && chunk.startsWith("\n")) start = 1;
    this.afterCR = false;
    const ends = /\r\n|\r|\n/g;
    ends.lastIndex = start;
    for (let match = ends.exec(chunk); match; match = ends.exec(chunk)) {
      this.add(chunk.slice(start, match.index));
      out.push(this.finish());
      start = match.index + match[0].length;
      if (match[0] === "\r" && start === chunk.length) this.afterCR = true;
    }
    if (start < chunk.length) this.add(chunk.slice(start));
    return out;
  }

  /** The last line, when the text does not end with a line break. */
  end(): SplitLine[] {
    return this.parts.length > 0 || this.bytes > 0 ? [this.finish()] : [];
  }

  private add(piece: string): void {
    if (piece === "") return;
    this.bytes += Buffer.byteLength(piece);
    if (this.bytes <= this.maxLineBytes) this.parts.push(piece);
    else this.parts = [];
  }

  private finish(): SplitLine {
    const line = this.line++;
    const result: SplitLine =
      this.bytes > this.maxLineBytes ? { line, tooLong: this.bytes } : { line, text: this.parts.join("") };
    this.parts = [];
    this.bytes = 0;
    return result;
  }
}
