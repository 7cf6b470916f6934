/** The few fields of linkedom's nodes this reader asks of. */
type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  remove(): void;
};
type Root = { querySelectorAll(selector: string): ArrayLike<unknown> };

// Set in italics, a caption is a line or two; a longer italic run under a picture is a note or a standfirst.
const MAX_CAPTION_CHARS = 300;
const SPACING = new Set(["BR", "IMG", "A", "SPAN"]);
const ITALIC = new Set(["I", "EM"]);

/**
 * "<p><img …><br><i>The ministers at the talks</i></p>": an older CMS sets a picture and its caption in italics in
 * one paragraph of the story, with no <figure> around them. The paragraph holds the picture and nothing but italic
 * text beside it: it is the picture's, and goes as a <figure> does.
 */
export function removeImageCaptionParagraphs(document: Root): void {
  for (const image of Array.from(document.querySelectorAll("p > img")) as Array<Node & { parentNode: Node | null }>) {
    const paragraph = image.parentNode;
    if (paragraph && isPictureWithItalicCaption(paragraph)) paragraph.remove();
  }
}

function isPictureWithItalicCaption(paragraph: Node): boolean {
  let italic = "";
  for (const child of Array.from(paragraph.childNodes)) {
    if (child.nodeType === 3) {
      if ((child.textContent ?? "").trim()) return false;
      continue;
    }
    if (child.nodeType !== 1) continue;
    if (ITALIC.has(child.nodeName.toUpperCase())) italic += child.textContent ?? "";
    else if (!SPACING.has(child.nodeName.toUpperCase()) || (child.textContent ?? "").trim()) return false;
  }
  const text = italic.trim();
  return text.length > 0 && text.length <= MAX_CAPTION_CHARS;
}
