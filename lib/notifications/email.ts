// The email a notification becomes: plain text and HTML, a link to the place to act, and
// a link to the preferences to stop them.

import { appUrl } from "@/lib/env";

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderEmail(
  items: Array<{ title: string; body: string; href: string }>,
  subject: string,
): EmailContent {
  const base = appUrl();
  const preferences = `${base}/account#email`;
  const text = [
    ...items.map((i) => `${i.title}\n${i.body}\nOpen: ${base}${i.href}\n`),
    `You receive this from the ASEAN-UN Cooperation Tracker. Change or stop these emails: ${preferences}`,
  ].join("\n");
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;color:#111">',
    ...items.map(
      (i) =>
        `<h2 style="font-size:16px">${escapeHtml(i.title)}</h2><p>${escapeHtml(i.body)}</p><p><a href="${escapeHtml(base + i.href)}">Open in the tracker</a></p>`,
    ),
    `<p style="font-size:12px;color:#555">You receive this from the ASEAN-UN Cooperation Tracker. <a href="${escapeHtml(preferences)}">Change or stop these emails</a>.</p>`,
    "</body></html>",
  ].join("");
  return { subject, text, html };
}
