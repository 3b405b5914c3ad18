import { escape } from "html-escaper";

/** HTML made by `markup`: every value put into it was escaped, so it may be inserted as is. */
export class Markup {
  constructor(readonly html: string) {}
}

type Value = string | number | Markup | readonly Markup[] | null | undefined | false;

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map((part: Value) => render(part)).join("");
  return escape(String(value));
}

/**
 * HTML from a template whose every interpolated value is escaped (quotes too, so values
 * may stand in quoted attributes), unless it is Markup already. For the few pages too
 * large to build element by element with React: a Background Note of 20,000 activities
 * as React elements was rendered twice (the payload, then the HTML from it). As one
 * string it is built once; the string is still sent twice, in the HTML and the payload.
 */
export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let html = strings[0]!;
  for (let i = 0; i < values.length; i++) html += render(values[i]!) + strings[i + 1]!;
  return new Markup(html);
}
