import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "./action-body";

const post = (body: BodyInit, type?: string) =>
  new Request("http://localhost/set-password/x", {
    method: "POST",
    body,
    headers: type ? { "content-type": type } : {},
  });

describe("the shape of a server action's body", () => {
  it("accepts what browsers send: a JSON array of arguments, or form data", async () => {
    expect(await isWellFormedActionBody(post('["a",{"b":1}]', "text/plain;charset=UTF-8"))).toBe(true);
    const form = new FormData();
    form.set("1_password", "x");
    expect(await isWellFormedActionBody(new Request("http://localhost/", { method: "POST", body: form }))).toBe(true);
  });

  it("refuses what Next could not decode", async () => {
    expect(await isWellFormedActionBody(post("{not json", "text/plain;charset=UTF-8"))).toBe(false);
    expect(await isWellFormedActionBody(post('{"an":"object"}', "text/plain"))).toBe(false);
    expect(await isWellFormedActionBody(post("--x\r\ngarbage", "multipart/form-data; boundary=y"))).toBe(false);
    expect(await isWellFormedActionBody(post("<xml/>", "application/xml"))).toBe(false);
  });
});
