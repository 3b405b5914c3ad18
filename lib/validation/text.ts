// Text people type is stored as they typed it, but never with control characters or half
// characters (lone UTF-16 surrogates): PostgreSQL refuses NUL, and a lone surrogate in the
// audit trail's JSON, outright (the save would fail); the others corrupt the XML exports and
// the search highlights. Tab and line breaks stay.
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]*$/u;
export const PLAIN_TEXT_MESSAGE = "Remove the control characters (they were probably pasted in by accident).";
