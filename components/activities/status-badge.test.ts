import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatusBadge } from "./status-badge";

const text = (props: Parameters<typeof StatusBadge>[0]) =>
  renderToStaticMarkup(createElement(StatusBadge, props)).replace(/<[^>]+>/g, "");

describe("the status badge", () => {
  it("says where a draft's review stands in one badge, instead of Draft beside it", () => {
    expect(text({ status: "draft" })).toBe("Draft");
    expect(text({ status: "draft", reviewState: "pending" })).toBe("Submitted for review");
    expect(text({ status: "draft", reviewState: "changes_requested" })).toBe("Changes requested");
    expect(text({ status: "scheduled", reviewState: "none" })).toBe("Scheduled");
  });
});
