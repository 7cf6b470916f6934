import { z } from "zod";
import { isStorySentence } from "../clean/edge-form.js";
import { escapeLiteral } from "../clean/patterns.js";
import { spaceSeparatedWords } from "../normalise/words.js";
import headerJson from "./data/mail-header.json" with { type: "json" };

// The one reading of a mail message's header block, as a mailing list, a newsgroup's archive or a mail client prints
// it: where a forward marker stands, which lines are the header's fields, and what the header says (its subject,
// sender and date). The reader of forwarded mail (read/forwarded.ts) and the cleaner of reposts (clean/messages.ts,
// clean/clean.ts) decide what to do with it. A header is found by its FORM (fields, markers, an address); the labels'
// words (data/mail-header.json) serve only to read what a found header says.
const Form = z.object({
  minHeaderFields: z.number().int().positive(),
  maxFieldLabelWords: z.number().int().positive(),
  maxPosterLineWords: z.number().int().positive(),
  subjectLabels: z.array(z.string().min(1)),
  fromLabels: z.array(z.string().min(1)),
  dateLabels: z.array(z.string().min(1)),
  replyPrefixes: z.array(z.string().min(1)),
});
const form = Form.parse(headerJson);

// "From: VNA English Bulletin [mailto:…]", "Date: Thu, 8 Apr 2010 18:12:44 -0700": a capitalised label and a value.
const FIELD = /^(\p{Lu}[\p{L}-]+(?: [\p{L}-]+)*)\s?:\s+(\S.*)$/u;
// An address is what makes a run of fields a message's header rather than a fact box: a mailbox ("…@host"),
// "mailto:".
const QUOTE_MARKS = /^(?:>\s?)+/u;
const ADDRESS = /[\w.…-]@[\w-]+\.[\w.-]+|mailto:/iu;
// "-----Original Message-----", "---------- Forwarded message ---------", "========== Forwarded ==========": words
// framed by runs of rules, as mail programs mark where a quoted message starts and stops.
const MARKER = /^[-=_*]{2,}\s*\p{L}[\p{L}\s']{2,40}?\s*[-=_*]{2,}$/u;
const DATE_OR_CLOCK = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/u;
// "Sent: Thursday, September 09, 2010 8:14 AM": the time of day a mail program stamps on what it sends.
const CLOCK = /\b\d{1,2}:\d{2}\b/u;

const labelled = (labels: readonly string[]) => labels.map(escapeLiteral).join("|");
// "Re: ", "Fwd: ", "FW: Re: ": what mail programs set before a subject they reply to or forward.
const REPLY_PREFIXES = new RegExp(`^(?:(?:${labelled(form.replyPrefixes)})\\s*:\\s*)+`, "iu");
// "Subject: …", "Fwd: …": a line stating a mail's subject, its label and the prefixes after it.
const SUBJECT_LINE = new RegExp(`^(?:(?:${labelled([...form.subjectLabels, ...form.replyPrefixes])})\\s*:\\s*)+`, "iu");

/** One field of a header: "Sent: Friday, May 05, 2023 9:02 AM" → label "Sent", value "Friday, May 05, 2023 9:02 AM". */
export interface HeaderField {
  label: string;
  value: string;
}

/** A line as a header's field: a label of a word or two and a value that is not a story's sentence; else null. */
export function headerField(line: string): HeaderField | null {
  // "> From: …": a mail program forwarding a message inline may quote its header block, each field behind "> ".
  const match = FIELD.exec(line.trim().replace(QUOTE_MARKS, ""));
  if (!match) return null;
  const [, label = "", value = ""] = match;
  return spaceSeparatedWords(label) <= form.maxFieldLabelWords && !isStorySentence(value) ? { label, value } : null;
}

/** Whether a line is a forward marker: words framed by rules ("-----Original Message-----", "--- End … ---"). */
export function isMessageMarker(line: string): boolean {
  return MARKER.test(line.trim());
}

/** A message's header block on a page, by line index. */
export interface MailHeader {
  /** The header's first line: its forward marker or poster line when it has one, else its first field. */
  start: number;
  /** The line after its last field. */
  end: number;
  /** A forward marker stands above the fields. */
  marked: boolean;
  fields: HeaderField[];
  /** The header has fields enough to be a mail's header on their own (From, Date, To …), not a marker's one line. */
  full: boolean;
  /** A field names a mailbox ("…@host", "mailto:"). */
  addressed: boolean;
  /** A field holds the time of day the message was sent. */
  stamped: boolean;
  /** What the header says, as written: the subject (without "Re:"/"Fwd:"), the sender, the date; null when absent. */
  subject: string | null;
  from: string | null;
  date: string | null;
}

const subjectOf = (value: string | null) => (value === null ? null : value.replace(REPLY_PREFIXES, ""));
const said = (fields: readonly HeaderField[], labels: readonly string[]) =>
  fields.find((f) => labels.includes(f.label.toLowerCase()))?.value ?? null;

/**
 * The message headers on a page's lines: runs of fields that name an address, or any run of fields under a forward
 * marker. A marker or a web archive's poster line ("Hoang Phuc View profile … 1:12 am") above the fields, blank lines
 * between, opens the header.
 */
export function mailHeaders(lines: readonly string[]): MailHeader[] {
  const found: MailHeader[] = [];
  for (let at = 0; at < lines.length; at++) {
    if (!headerField(lines[at] as string)) continue;
    const fields: HeaderField[] = [];
    let end = at;
    for (let field = headerField(lines[end] as string); field; field = headerField(lines[end] as string)) {
      fields.push(field);
      if (++end >= lines.length) break;
    }
    let up = at - 1;
    while (up >= 0 && (lines[up] as string).trim() === "") up--;
    const above = up >= 0 ? (lines[up] as string).trim() : undefined;
    const marked = above !== undefined && MARKER.test(above);
    const poster =
      above !== undefined &&
      !marked &&
      spaceSeparatedWords(above) <= form.maxPosterLineWords &&
      DATE_OR_CLOCK.test(above);
    const full = fields.length >= form.minHeaderFields;
    const addressed = fields.some((f) => ADDRESS.test(`${f.label}: ${f.value}`));
    if ((full || marked) && (marked || addressed))
      found.push({
        start: marked || poster ? up : at,
        end,
        marked,
        fields,
        full,
        addressed,
        stamped: fields.some((f) => CLOCK.test(f.value)),
        subject: subjectOf(said(fields, form.subjectLabels)),
        from: said(fields, form.fromLabels),
        date: said(fields, form.dateLabels),
      });
    at = end - 1;
  }
  return found;
}

/**
 * The subject a line states as a mail's subject line ("Subject: Asia Daily Brief: Japan and …", "Fwd: …"), without
 * its label and the reply or forward prefixes; null for any other line.
 */
export function mailSubject(line: string): string | null {
  return SUBJECT_LINE.test(line) ? line.replace(SUBJECT_LINE, "") : null;
}
