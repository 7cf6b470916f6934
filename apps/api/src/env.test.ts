import { describe, expect, it } from "vitest";
import { isLoopback, readEnv } from "./env.js";

describe("readEnv", () => {
  it("defaults to 127.0.0.1:3000 with a 10 MB upload limit", () => {
    expect(readEnv({})).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, CHANCERY_UPLOAD_LIMIT_MB: 10 });
  });

  it("refuses a non-loopback HOST without a token, and accepts it with one", () => {
    expect(() => readEnv({ HOST: "0.0.0.0" })).toThrow(/CHANCERY_TOKEN/);
    expect(readEnv({ HOST: "0.0.0.0", CHANCERY_TOKEN: "a-token-of-sixteen+" }).HOST).toBe("0.0.0.0");
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ CHANCERY_TOKEN: "short" })).toThrow(/16 characters/);
    expect(() => readEnv({ CHANCERY_UPLOAD_LIMIT_MB: "-1" })).toThrow(/CHANCERY_UPLOAD_LIMIT_MB/);
  });

  it("takes CHANCERY_DB_READ only as a postgres:// replica of a postgres:// CHANCERY_DB", () => {
    const primary = "postgres://chancery@127.0.0.1:5432/chancery";
    const replica = "postgres://chancery@127.0.0.1:5433/chancery";
    expect(readEnv({ CHANCERY_DB: primary, CHANCERY_DB_READ: replica }).CHANCERY_DB_READ).toBe(replica);
    expect(() => readEnv({ CHANCERY_DB: "data/chancery.db", CHANCERY_DB_READ: replica })).toThrow(
      /CHANCERY_DB_READ: .*set CHANCERY_DB=postgres/,
    );
    expect(() => readEnv({ CHANCERY_DB: primary, CHANCERY_DB_READ: "data/replica.db" })).toThrow(
      /CHANCERY_DB_READ must be a postgres:\/\/ address/,
    );
  });

  it("knows loopback addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1"]) expect(isLoopback(host)).toBe(true);
    for (const host of ["0.0.0.0", "192.168.1.2", "::", "example.com"]) expect(isLoopback(host)).toBe(false);
  });
});
