// A wire photo's caption as agencies print it under their pictures, copied into the text as a line of its own:
// framed by the agency's bracketed credit at both ends ("(Agency) <caption> (Agency)"), or marked by the wire's
// picture terms ("(PHOTO NOT FOR SALE)") or by the caption's own "in this photo provided by …" that no story sentence
// says of itself. Read by shape, whichever agency prints it.

const MAX_CAPTION = 400;
// "(Agency) <caption> … (Agency)": one name of up to three capitalised words, the same at both ends.
const FRAMED = /^\(([\p{Lu}][\p{L}.&'’-]{1,20}(?:\s[\p{Lu}][\p{L}.&'’-]{1,20}){0,2})\)\s+\p{Lu}.*\(([^()]{2,64})\)$/u;
// "(PHOTO NOT FOR SALE)", "(Photos not for sale)": a wire's terms for its picture, written only under one.
const NOT_FOR_SALE = /\((?:photos?|pictures?|images?)\s+not\s+for\s+(?:sale|resale)\)/iu;
// "…, in this photo provided by the ministry.", "… in this file photo taken on May 2.": a caption's reference to the
// picture it stands under, with who gave or took it.
const THIS_PHOTO =
  /\bin (?:this|these) (?:(?:file|undated|handout|aerial|combination|pool)\s+)?(?:photo(?:graph)?s?|pictures?|images?|screen ?grabs?)\s+(?:provided|released|distributed|taken|obtained|supplied|made available|posted|shared)\b/iu;

// "creen" rather than "screen": the marks match "screen" case-insensitively with the u flag, which also folds a long s.
const PICTURE_WORD = /photo|picture|image|creen/i;

/** Whether a whole line is a wire photo's caption: framed by its credit, or naming its picture as wires do. */
export function isWirePhotoCaption(line: string): boolean {
  if (line.length > MAX_CAPTION) return false;
  if (line.charCodeAt(0) === 0x28 && line.endsWith(")")) {
    const framed = FRAMED.exec(line);
    if (framed && framed[1] === framed[2]) return true;
  }
  // Both marks need the word for a picture in some form; a line without any of these letters is none. The screen is
  // a plain search without the u flag and \b (V8 runs it many times faster) and passes every line the marks could.
  if (!PICTURE_WORD.test(line)) return false;
  return NOT_FOR_SALE.test(line) || THIS_PHOTO.test(line);
}
