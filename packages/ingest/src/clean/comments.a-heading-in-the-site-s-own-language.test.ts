import { describe, expect, it } from "vitest";
import { isCommentsHeading } from "./boilerplate.js";
import { clean, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 59: a site in English keeps its readers' section under the heading in its home language ("Ý kiến bạn đọc (2)",
// "Comentarios (4)"). The heading ends the story like "Comments (2)" does; the reporter's name closing the story and
// the readers' posts under the heading are no story.
describe("a readers' section headed in the site's own language", () => {
  it("reads the headings as a comment section's", () => {
    for (const line of ["Ý kiến bạn đọc (2)", "Bình luận", "Comentarios (4)", "Commentaires"])
      expect(isCommentsHeading(line), line).toBe(true);
  });

  it("ends the story at the heading, the posts under it and the name over it going", () => {
    const body = clean(
      lines(
        TITLE,
        LEAD,
        MORE,
        LAST,
        "Minh Chau",
        "Ý kiến bạn đọc (2)",
        "Trần Văn Bình – 02/05/2021 09:14",
        "A fine step for both countries! I hope the bridge opens on time.",
        "Send comment",
      ),
    ).body;
    expect(body).toBe(STORY);
  });
});
