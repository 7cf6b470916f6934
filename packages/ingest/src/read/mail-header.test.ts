import { describe, expect, it } from "vitest";
import { headerField, isMessageMarker, mailHeaders, mailSubject } from "./mail-header.js";

const story = [
  "SANTIAGO, May 4 (EFE) - Chile and Viet Nam agreed on Thursday to open talks on a new trade protocol covering wine.",
  "The two trade ministers said the protocol should be ready before the end of next year, officials in Santiago said.",
];

describe("a mail header's block", () => {
  it("opens at the forward marker above its fields, blank lines between, and says the subject, sender and date", () => {
    const lines = [
      "Dear all, see below.",
      "-------- Original Message --------",
      "",
      "From: EFE English Service [mailto:english@efe-wire.example.com]",
      "Sent: Friday, May 05, 2023 9:02 AM",
      "To: rosa@example.cl",
      "Subject: FW: Re: Chile and Viet Nam agree to open talks",
      ...story,
    ];
    const [header, ...more] = mailHeaders(lines);
    expect(more).toEqual([]);
    expect(header).toMatchObject({ start: 1, end: 7, marked: true, full: true, addressed: true, stamped: true });
    expect(header?.subject).toBe("Chile and Viet Nam agree to open talks");
    expect(header?.from).toBe("EFE English Service [mailto:english@efe-wire.example.com]");
    expect(header?.date).toBe("Friday, May 05, 2023 9:02 AM");
  });

  it("reads a forwarded message's header block quoted behind '> ' as a header, as a phone's mail program forwards it", () => {
    const lines = [
      "Begin forwarded message:",
      "",
      "> From: Andes Wire <desk@andes-wire.example.com>",
      "> Date: 4 May 2023 18:40:02 GMT-4",
      "> Subject: Chile and Viet Nam agree to open talks",
      ">",
      ...story,
    ];
    const [header] = mailHeaders(lines);
    expect(header).toMatchObject({ start: 2, end: 5, full: true, addressed: true });
    expect(header?.subject).toBe("Chile and Viet Nam agree to open talks");
  });

  it("reads fields naming an address as a header without a marker, opening at the archive's poster line", () => {
    const lines = [
      "Ana Ruiz View profile More options May 5 2023, 10:12 am",
      "Newsgroups: soc.culture.chile",
      "From: Ana Ruiz <ana.ruiz@example.com>",
      ...story,
    ];
    expect(mailHeaders(lines)).toMatchObject([{ start: 0, end: 3, marked: false, subject: null }]);
  });

  it("takes no fact box for a header: labelled lines with no address and no marker above", () => {
    const lines = ["Capital: Santiago", "Population: 19.6 million", "Head of state: Gabriel Boric", ...story];
    expect(mailHeaders(lines)).toEqual([]);
  });

  it("takes no story sentence for a field's value", () => {
    expect(headerField("Note: The ministers met in Santiago on Thursday and agreed to open talks on a protocol.")).toBe(
      null,
    );
    expect(headerField("Reply-To: desk@example.com")).toEqual({ label: "Reply-To", value: "desk@example.com" });
  });
});

describe("a forward marker", () => {
  it("is words framed by rules, in any mail program's language", () => {
    expect(isMessageMarker("-----Original Message-----")).toBe(true);
    expect(isMessageMarker("---------- Mensaje reenviado ---------")).toBe(true);
    expect(isMessageMarker("  --- End forwarded message ---  ")).toBe(true);
  });

  it("is not a signature's dashes before a name, nor a bare rule", () => {
    expect(isMessageMarker("-- EFE")).toBe(false);
    expect(isMessageMarker("----------")).toBe(false);
  });
});

describe("a mail's subject line", () => {
  it("says its subject without the label and the reply or forward prefixes", () => {
    expect(mailSubject("Subject: Asia Daily Brief: Japan and Vietnam raise ties")).toBe(
      "Asia Daily Brief: Japan and Vietnam raise ties",
    );
    expect(mailSubject("Fwd: RE: Japan and Vietnam raise ties")).toBe("Japan and Vietnam raise ties");
  });

  it("is no other line opening on a word and a colon", () => {
    expect(mailSubject("Reuters: Japan and Vietnam raise ties")).toBeNull();
    expect(mailSubject("Japan and Vietnam raise ties")).toBeNull();
  });
});
