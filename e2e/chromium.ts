// Debian's Chromium: Playwright's own browser download is not reachable on this machine,
// and without the background-networking flags Chromium keeps dialling out to a closed network.
// Shared by Playwright and the Lighthouse benchmark so both run the same browser the same way.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
