import { describe, expect, it } from "vitest";
import { fileResponse } from "./file-response";

describe("every file the app hands out carries the same headers", () => {
  it("names the file in ASCII and in UTF-8, so that Khmer or Vietnamese names survive", () => {
    const response = fileResponse("x", {
      fileName: 'Báo cáo "2019".pdf',
      mediaType: "application/pdf",
      caching: "private",
    });
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="B_o c_o _2019_.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%222019%22.pdf`,
    );
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("a published file may be kept by shared caches; a feed opens inline", () => {
    const response = fileResponse("x", {
      fileName: "feed.ics",
      mediaType: "text/calendar; charset=utf-8",
      caching: "public",
      disposition: "inline",
    });
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=3600");
    expect(response.headers.get("Content-Disposition")).toMatch(/^inline; filename="feed.ics"/);
  });
});
