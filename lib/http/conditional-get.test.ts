import { describe, expect, it } from "vitest";
import { conditionalGet, isNotModified, recordEntityTag } from "./conditional-get";

const changedAt = new Date("2026-11-30T10:15:42.300Z");
const validators = { etag: recordEntityTag(7, ["viewer", "UNICEF"]), lastModified: changedAt, cacheControl: "private" };
const get = (headers: Record<string, string>, method = "GET") =>
  new Request("http://localhost/feed", { method, headers });

describe("conditional GET", () => {
  it("tags differ with the version and with anything else the body depends on", () => {
    expect(recordEntityTag(7, ["viewer", "UNICEF"])).toBe(validators.etag);
    expect(recordEntityTag(8, ["viewer", "UNICEF"])).not.toBe(validators.etag);
    expect(recordEntityTag(7, ["viewer", "UNDP"])).not.toBe(validators.etag);
  });

  it("matches If-None-Match weakly, in a list, or as *", () => {
    const strong = validators.etag.slice(2);
    expect(isNotModified(get({ "If-None-Match": validators.etag }), validators)).toBe(true);
    expect(isNotModified(get({ "If-None-Match": strong }), validators)).toBe(true);
    expect(isNotModified(get({ "If-None-Match": `W/"other", ${validators.etag}` }), validators)).toBe(true);
    expect(isNotModified(get({ "If-None-Match": "*" }), validators)).toBe(true);
    expect(isNotModified(get({ "If-None-Match": 'W/"6-old"' }), validators)).toBe(false);
    expect(isNotModified(get({ "If-None-Match": validators.etag }, "POST"), validators)).toBe(false);
  });

  it("answers If-Modified-Since at the header's one-second precision, unless If-None-Match is sent", () => {
    const sameSecond = changedAt.toUTCString();
    const before = new Date(changedAt.getTime() - 1000).toUTCString();
    expect(isNotModified(get({ "If-Modified-Since": sameSecond }), validators)).toBe(true);
    expect(isNotModified(get({ "If-Modified-Since": before }), validators)).toBe(false);
    expect(isNotModified(get({ "If-Modified-Since": "not a date" }), validators)).toBe(false);
    expect(isNotModified(get({ "If-Modified-Since": sameSecond }), { ...validators, lastModified: null })).toBe(false);
    expect(isNotModified(get({ "If-Modified-Since": sameSecond, "If-None-Match": 'W/"6-old"' }), validators)).toBe(
      false,
    );
  });

  it("answers 304 without rendering, and labels a rendered success with the validators", async () => {
    let renders = 0;
    const render = () => {
      renders += 1;
      return new Response("body", { headers: { "Content-Type": "text/plain" } });
    };
    const fresh = await conditionalGet(get({ "If-None-Match": validators.etag }), validators, render);
    expect([fresh.status, renders, fresh.headers.get("etag"), fresh.headers.get("cache-control")]).toEqual([
      304,
      0,
      validators.etag,
      "private",
    ]);
    expect(fresh.headers.get("last-modified")).toBe("Mon, 30 Nov 2026 10:15:42 GMT");

    const full = await conditionalGet(get({}), validators, render);
    expect([full.status, renders, full.headers.get("etag"), await full.text()]).toEqual([
      200,
      1,
      validators.etag,
      "body",
    ]);

    const missing = await conditionalGet(get({}), validators, () => new Response("none", { status: 404 }));
    expect(missing.headers.get("etag")).toBeNull();
  });
});
