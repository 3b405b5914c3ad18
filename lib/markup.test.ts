import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markup } from "./markup";

describe("markup", () => {
  it("escapes every value put into text or a quoted attribute", () => {
    const title = `<script>alert("x")</script> & 'quoted'`;
    expect(markup`<a href="/a/${`" onclick="x`}">${title}</a>`.html).toBe(
      `<a href="/a/&quot; onclick=&quot;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</a>`,
    );
  });

  it("keeps Markup, alone or in a list, as it is, and leaves out null, undefined and false", () => {
    const items = ["a<", "b>"].map((text) => markup`<li>${text}</li>`);
    expect(markup`<ul>${items}</ul>${null}${undefined}${false}${0}`.html).toBe(
      "<ul><li>a&lt;</li><li>b&gt;</li></ul>0",
    );
  });

  it("never lets a string open a tag or leave its attribute (fuzzed)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(markup`<span title="${text}">${text}</span>`.html).toMatch(/^<span title="[^<>"]*">[^<>"]*<\/span>$/);
      }),
      { numRuns: 500 },
    );
  });
});
