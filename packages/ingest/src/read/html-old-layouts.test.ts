import { describe, expect, it } from "vitest";
import { forwardedStory } from "./forwarded.js";
import { extractHtml, headingWithinTitle } from "./html.js";

const prose =
  "The two delegations reviewed cooperation in trade, energy and education and agreed to meet again next year in the capital. ";

function read(html: string) {
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("old page layouts", () => {
  it("reads a page whose whole body sits in one form, as ASP.NET and SharePoint pages set it", () => {
    const html = `<html><head><title>Portal</title></head><body><form id="aspnetForm" method="post">
      <input type="hidden" name="__VIEWSTATE" value="x"><div id="main"><h1>Ministers meet in Lisbon</h1>
      <p>${prose}</p><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></form></body></html>`;
    expect(read(html).text).toContain("The two delegations reviewed cooperation");
  });

  it("still drops a search form's label and button", () => {
    const html = `<html><body><form><label>Search the site</label><input type="text"></form>
      <h1>Ministers meet in Lisbon</h1><p>${prose}</p><p>${prose}</p></body></html>`;
    expect(read(html).text).not.toContain("Search the site");
  });

  it("refuses a page with no text with a clear reason", () => {
    expect(extractHtml("<html><body><form><input></form><img src='a.jpg'></body></html>")).toEqual({
      ok: false,
      reason: "no article text found in the HTML page",
    });
  });

  it("reads a gallery's captions as its story when they carry more of it than the page's paragraphs", () => {
    const slide = (n: number) =>
      `<figure><img src="${n}.jpg"><figcaption>Slide ${n}: the minister toured the port, where cargo volumes rose by a tenth this year, officials said.<span class="photo-credit">Photo: Agency</span></figcaption></figure>`;
    const html = `<html><body><h1>In pictures: the port visit</h1><p>Our photos of the day.</p>${[1, 2, 3].map(slide).join("")}</body></html>`;
    const text = read(html).text;
    expect(text).toContain("Slide 2: the minister toured the port");
    expect(text).not.toContain("Photo: Agency");
  });

  it("keeps dropping a photo's caption under an article that has a body of its own", () => {
    const html = `<html><body><h1>Ministers meet</h1><figure><img src="a.jpg"><figcaption>The ministers shake hands before their talks in the capital on Monday morning, officials said.</figcaption></figure><p>${prose}</p><p>${prose}</p></body></html>`;
    expect(read(html).text).not.toContain("shake hands");
  });

  it("takes a bold line of its own for the headline of a page with no <h1>", () => {
    const html = `<html><head><title>Ministry of Foreign Affairs - News</title></head><body><table><tr><td>
      <font size="3"><b>Foreign Minister visits Lisbon for delegation talks</b></font><br><font size="1">(02/03/2009)</font>
      <p>${prose}</p><p>${prose}</p></td></tr></table></body></html>`;
    expect(read(html).metadata.title).toBe("Foreign Minister visits Lisbon for delegation talks");
  });

  it("does not take a site's logo set as an <h1> for the headline", () => {
    const html = `<html><head><title>Ministers meet in Lisbon for trade talks - PortNews</title></head><body>
      <h1 class="logo"><a href="/">PortNews</a></h1><h2>Ministers meet in Lisbon for trade talks</h2><p>${prose}</p><p>${prose}</p></body></html>`;
    expect(read(html).metadata.title).toBe("Ministers meet in Lisbon for trade talks");
  });
});

describe("headingWithinTitle", () => {
  it("takes the <h1> out of a title that wraps it in a site's and a section's labels", () => {
    expect(headingWithinTitle("Portal. Ministers meet in Lisbon [Press Office]", "Ministers meet in Lisbon")).toBe(
      "Ministers meet in Lisbon",
    );
  });

  it("keeps a title whose <h1> is only part of a word run", () => {
    expect(headingWithinTitle("Ministers meet in Lisbonne today", "Ministers meet in Lisbon")).toBe(
      "Ministers meet in Lisbonne today",
    );
  });
});

describe("forwardedStory", () => {
  it("starts a forwarded message at its header block, dropping the list's page and the forwarder's note", () => {
    const text = `Group home | Messages\nDear all, see below.\n-----Original Message-----\nFrom: Desk\nSubject: Ministers meet\n\n${prose}${prose}`;
    expect(forwardedStory(text)).toBe(
      `-----Original Message-----\nFrom: Desk\nSubject: Ministers meet\n\n${prose}${prose}`,
    );
  });

  it("leaves a text with no header block under the mark", () => {
    expect(forwardedStory(`-----Original Message-----\n${prose}`)).toBeNull();
  });
});

describe("a press office's release line", () => {
  it("dates the page by its 'For Immediate Release' line when no markup gives a date", () => {
    const html = `<html><body><div class="office">Office of the Spokesperson</div>
      <div class="release">For Immediate Release March 3, 2016</div><h1>Ministers meet in Lisbon</h1>
      <div class="content"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></body></html>`;
    expect(read(html).metadata.published).toBe("March 3, 2016");
  });
});
