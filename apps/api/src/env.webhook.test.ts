import { describe, expect, it } from "vitest";
import { readEnv } from "./env.js";

describe("readEnv: the webhook", () => {
  it("is off unless CHANCERY_WEBHOOK_URL is set, empty values counting as unset", () => {
    const env = readEnv({ CHANCERY_WEBHOOK_URL: "", CHANCERY_WEBHOOK_SECRET: "" });
    expect(env.CHANCERY_WEBHOOK_URL).toBeUndefined();
    expect(env.CHANCERY_WEBHOOK_SECRET).toBeUndefined();
  });

  it("needs a secret of 16+ characters and an http(s) URL", () => {
    expect(() => readEnv({ CHANCERY_WEBHOOK_URL: "https://hooks.example.org/x" })).toThrow(/CHANCERY_WEBHOOK_SECRET/);
    expect(() =>
      readEnv({ CHANCERY_WEBHOOK_URL: "https://hooks.example.org/x", CHANCERY_WEBHOOK_SECRET: "short" }),
    ).toThrow(/16 characters/);
    expect(() =>
      readEnv({ CHANCERY_WEBHOOK_URL: "ftp://hooks.example.org/x", CHANCERY_WEBHOOK_SECRET: "a-secret-of-16-chars" }),
    ).toThrow(/http\(s\)/);
    const env = readEnv({
      CHANCERY_WEBHOOK_URL: "http://127.0.0.1:9/hook",
      CHANCERY_WEBHOOK_SECRET: "a-secret-of-16-chars",
    });
    expect(env).toMatchObject({ CHANCERY_WEBHOOK_URL: "http://127.0.0.1:9/hook" });
  });
});
