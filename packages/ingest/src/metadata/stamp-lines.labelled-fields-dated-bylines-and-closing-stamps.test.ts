import { describe, expect, it } from "vitest";
import { dateFromStampLines } from "./stamp-lines.js";

describe("page dates on lines set aside under any kind", () => {
  it("reads a labelled date field the cleaner took for a headline", () => {
    expect(dateFromStampLines([{ kind: "title", text: "Date: 03.02.2021" }])?.date).toBe("2021-02-03");
  });

  it("reads a byline that ends on the day it ran, in either case of 'by'", () => {
    expect(dateFromStampLines([{ kind: "caption", text: "By Jan Novak in Politics on 4 May 2019" }])?.date).toBe(
      "2019-05-04",
    );
    expect(dateFromStampLines([{ kind: "caption", text: "by Jan Novak June 7, 2016" }])?.date).toBe("2016-06-07");
  });

  it("reads a day and a time of day glued to the end of a long author line", () => {
    const line = "Maj. Gen. TRAN VAN AN, Deputy Director of the General Department of Logistics11/09/2022 10:40";
    expect(dateFromStampLines([{ kind: "boilerplate", text: line }])?.date).toBe("2022-09-11");
  });

  it("takes no day from a caption that only mentions one, nor from a list of other stories", () => {
    expect(
      dateFromStampLines([{ kind: "caption", text: "Leaders meet in Hanoi on 4 May 2019. (Photo: VNA)" }]),
    ).toBeNull();
    expect(dateFromStampLines([{ kind: "related", text: "By Jan Novak in Politics on 4 May 2019" }])).toBeNull();
    expect(dateFromStampLines([{ kind: "caption", text: "By the end of the talks on 4 May 2019" }])).toBeNull();
  });
});

describe("a press office's release line", () => {
  it("reads the day on a 'For Immediate Release' line, with or without a colon", () => {
    expect(dateFromStampLines([{ kind: "caption", text: "For Immediate Release March 3, 2016" }])?.date).toBe(
      "2016-03-03",
    );
    expect(dateFromStampLines([{ kind: "boilerplate", text: "FOR IMMEDIATE RELEASE: 9 May 2021" }])?.date).toBe(
      "2021-05-09",
    );
    expect(dateFromStampLines([{ kind: "boilerplate", text: "FOR IMMEDIATE RELEASE" }])).toBeNull();
  });
});
