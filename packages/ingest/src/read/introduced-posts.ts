// An embedded social post is the network's card, removed with its chrome (account line, stamp, counts) as noise,
// unless the story introduces it as it would a quotation: the paragraph before it ends in a colon ("The President
// posted on X:", "In a second post, the minister wrote:"). The post's words are then part of the story, read as what
// its author said; only its text is kept, as a plain paragraph, and its chrome still goes.

/** The part of a linkedom element this reader uses. */
interface Element {
  textContent: string | null;
  nodeName: string;
  previousElementSibling: Element | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  replaceWith(...nodes: unknown[]): void;
  ownerDocument: { createElement(name: string): Element & { textContent: string | null } };
}

// The cards the networks' scripts draw, and the outlets' own wrappers named for an embed or a post.
const POSTS =
  "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.threads-post, blockquote.bluesky-embed, [class*='embed'], [class*='fb-post'], [class*='tweet']";
// The account line, stamp and counts a wrapper sets in its own elements; the post's text is the rest.
const CHROME =
  /(?:^|[\s_-])(?:meta|stamp|time|date|stats?|counts?|actions?|header|footer|author|user|handle)(?:$|[\s_-])/i;
// A paragraph of chrome the wrapper sets like the text: the stamp ("6:02 AM · Jun 30, 2019") or the counts
// ("1.1K Retweets 3.4K Likes"); the account line carries the @handle.
const CHROME_TEXT =
  /@\w{2,30}|\b\d{1,2}:\d{2}\b|\b\d[\d.,]*[KkM]?\s+(?:likes?|retweets?|reposts?|replies|views|comments?|shares?|reactions?)\b/iu;
// A link to the post's photo, printed by the network after the text.
const PHOTO_LINK = /\s*\bpic\.twitter\.com\/\S+/gu;
const MIN_POST_CHARS = 20;

/** The paragraphs of a post that are its text: not the wrapper's account line, stamp or counts. */
function postText(post: Element): string {
  const paragraphs = Array.from(post.querySelectorAll("p")).filter(
    (p) => !CHROME.test(p.getAttribute("class") ?? "") && !CHROME_TEXT.test(p.textContent ?? ""),
  );
  return paragraphs
    .map((p) => (p.textContent ?? "").replace(PHOTO_LINK, "").replace(/\s+/gu, " ").trim())
    .filter((text) => text !== "")
    .join(" ");
}

/** Each embedded post whose paragraph before it ends in a colon, replaced by a paragraph of the post's text alone. */
export function keepIntroducedPosts(document: { querySelectorAll(selector: string): ArrayLike<Element> }): void {
  for (const post of Array.from(document.querySelectorAll(POSTS))) {
    const intro = post.previousElementSibling;
    if (!intro || !/:\s*$/u.test(intro.textContent ?? "")) continue;
    const text = postText(post);
    if (text.length < MIN_POST_CHARS) continue;
    const paragraph = post.ownerDocument.createElement("p");
    paragraph.textContent = text;
    post.replaceWith(paragraph);
  }
}
