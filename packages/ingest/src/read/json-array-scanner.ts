/** One top-level value cut out of a JSON document: its index in the array (null for a lone object). */
export type ScannedValue = { index: number | null; text: string } | { index: number | null; tooLong: number };

type State = "start" | "between" | "value" | "done" | "failed";

/**
 * Cuts a streamed JSON array into the JSON text of each element without parsing the whole document, so a
 * 10,000-record file never sits in memory as one tree; a lone top-level object is one value. Elements longer
 * than `maxValueChars` are reported and skipped. Each element is then checked by `JSON.parse`.
 */
export class JsonArrayScanner {
  private state: State = "start";
  private single = false;
  private index = 0;
  private parts: string[] = [];
  private length = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private kind: "container" | "string" | "primitive" = "container";
  error: string | null = null;

  constructor(private readonly maxValueChars: number) {}

  push(chunk: string): ScannedValue[] {
    const out: ScannedValue[] = [];
    let valueStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === "value") {
        if (this.kind === "primitive") {
          // A number, true, false or null ends at the next comma, bracket or whitespace.
          if (c === 0x2c || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
            this.take(chunk, valueStart, i);
            out.push(this.complete());
            i--;
          }
          continue;
        }
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (this.inString) {
          if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) {
            this.inString = false;
            if (this.kind === "string") {
              this.take(chunk, valueStart, i + 1);
              out.push(this.complete());
            }
          }
          continue;
        }
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x7d || c === 0x5d) {
          this.depth--;
          if (this.depth === 0) {
            this.take(chunk, valueStart, i + 1);
            out.push(this.complete());
          }
        }
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (this.state === "start") {
        if (c === 0x5b) this.state = "between";
        else if (c === 0x7b) {
          this.single = true;
          valueStart = i;
          this.open("container", 1);
        } else return this.fail(out, `not a JSON array or object (it starts with "${chunk[i]}")`);
      } else if (this.state === "between") {
        if (c === 0x2c) continue;
        if (c === 0x5d) this.state = "done";
        else {
          valueStart = i;
          if (c === 0x7b || c === 0x5b) this.open("container", 1);
          else if (c === 0x22) {
            this.open("string", 0);
            this.inString = true;
          } else this.open("primitive", 0);
        }
      } else if (this.state === "done") {
        // A second top-level object is the usual sign of JSON Lines saved under a .json name.
        const hint = this.single && c === 0x7b ? "; one object per line is JSON Lines: name the file .jsonl" : "";
        return this.fail(out, `unexpected text after the end of the JSON (at "${chunk.slice(i, i + 20)}")${hint}`);
      } else return out;
    }
    if (this.state === "value") this.take(chunk, valueStart, chunk.length);
    return out;
  }

  /** Values left at the end of the input, and an error when the document is not complete. */
  end(): ScannedValue[] {
    const out: ScannedValue[] = [];
    if (this.state === "value" && this.kind === "primitive") out.push(this.complete());
    if (this.state === "start" && this.error === null) this.error = "empty file (only whitespace)";
    else if (this.state === "value" || this.state === "between") {
      this.error = "unexpected end of file: the JSON is cut off before its closing bracket";
    }
    return out;
  }

  private open(kind: "container" | "string" | "primitive", depth: number): void {
    this.state = "value";
    this.kind = kind;
    this.depth = depth;
    this.inString = false;
    this.escaped = false;
  }

  private take(chunk: string, from: number, to: number): void {
    this.length += to - from;
    if (this.length <= this.maxValueChars) this.parts.push(chunk.slice(from, to));
    else this.parts = [];
  }

  private complete(): ScannedValue {
    const index = this.single ? null : this.index++;
    const value: ScannedValue =
      this.length > this.maxValueChars ? { index, tooLong: this.length } : { index, text: this.parts.join("") };
    this.parts = [];
    this.length = 0;
    this.state = this.single ? "done" : "between";
    return value;
  }

  private fail(out: ScannedValue[], reason: string): ScannedValue[] {
    this.error = reason;
    this.state = "failed";
    return out;
  }
}
