// ts_headline marks search matches with these control characters; components/ui/highlighted
// turns them into <mark> elements, so no HTML from the database is ever rendered.
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";
