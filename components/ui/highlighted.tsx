import { Fragment } from "react";
import { MATCH_END, MATCH_START } from "@/lib/highlight-marks";

/** Text whose search matches are marked (between control characters), rendered as <mark>. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>;
        const [hit = "", rest = ""] = part.split(MATCH_END);
        return (
          <Fragment key={i}>
            <mark className="rounded bg-amber-200 px-0.5 text-slate-900">{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}
