import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const token = "watch-test-token-0123456789";
const { app, client, dispose } = testApp({ token });
afterAll(dispose);
const auth = { Authorization: `Bearer ${token}` };

/** The 200 answer of a typed client call, narrowed to its body type. */
function ok<R extends { status: number }>(response: R): Extract<R, { status: 200 }> {
  expect(response.status).toBe(200);
  return response as Extract<R, { status: 200 }>;
}

async function upload(text: string, published: string) {
  const response = await app.request("/api/articles", {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({ text, outlet: "VietnamPlus", published }),
  });
  expect(response.status).toBe(200);
}

describe("the watchlist routes", () => {
  it("follows a partnership and records its upgrade by a new article, with the evidence sentence", async () => {
    const added = await client.api.watch.follows.$post(
      { json: { kind: "partnership", target: "th" } },
      { headers: auth },
    );
    const { follow, created } = await ok(added).json();
    expect(follow).toMatchObject({ kind: "partnership", target: "TH", events: 0 });
    expect(created).toBe(true);

    await upload(
      "Vietnam and Thailand review ties\n\nVietnam and Thailand agreed on Monday to deepen their Strategic Partnership, officials said in Bangkok.",
      "2025-01-10",
    );
    await upload(
      "Vietnam and Thailand upgrade ties\n\nVietnam and Thailand agreed on Tuesday to lift relations to a Comprehensive Strategic Partnership, officials said in Hanoi.",
      "2025-05-10",
    );
    const events = await ok(await client.api.watch.events.$get({ query: { kind: "partnership" } })).json();
    expect(events.items.map((e) => [e.before, e.after])).toEqual([
      ["Strategic Partnership", "Comprehensive Strategic Partnership"],
      [null, "Strategic Partnership"],
    ]);
    expect(events.items[0]?.evidence).toMatch(/Comprehensive Strategic Partnership/);
    expect(events.items[0]?.articleTitle).toBe("Vietnam and Thailand upgrade ties");
    const list = await ok(await client.api.watch.follows.$get()).json();
    expect(list.items.find((f) => f.target === "TH")).toMatchObject({ events: 2, label: "Thailand" });
  });

  it("serves the events as an Atom feed linking each entry to its article", async () => {
    const response = await app.request("http://127.0.0.1:3000/api/watch/feed.atom");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries[0].link["@href"]).toMatch(/^http:\/\/127\.0\.0\.1:3000\/articles\/\d+$/);
  });

  it("removes a follow with its events", async () => {
    const { follow } = await ok(
      await client.api.watch.follows.$post({ json: { kind: "query", target: "Thailand" } }, { headers: auth }),
    ).json();
    const removed = await client.api.watch.follows[":id"].$delete(
      { param: { id: String(follow.id) } },
      { headers: auth },
    );
    expect(await ok(removed).json()).toEqual({ removed: follow.id });
    const after = await ok(await client.api.watch.events.$get({ query: { kind: "query" } })).json();
    expect(after.items).toEqual([]);
  });
});
