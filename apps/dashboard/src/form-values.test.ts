import { describe, expect, it } from "vitest";
import { formValues } from "./form-values.js";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe("formValues", () => {
  it("trims text and treats blank or missing fields as absent", () => {
    const values = formValues(form({ outlet: "  VnExpress ", theme: "   " }));
    expect(values.text("outlet")).toBe("VnExpress");
    expect(values.text("theme")).toBeUndefined();
    expect(values.text("from")).toBeUndefined();
  });

  it("reads a ticked box as true and an unticked one as absent", () => {
    expect(formValues(form({ stories: "on" })).checked("stories")).toBe(true);
    expect(formValues(form({})).checked("stories")).toBeUndefined();
  });
});
