/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite (WebAssembly and data) and pdfkit (font metrics) load files from their own
  // folders at run time: bundling breaks those paths, so the server requires them as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit", "pino"],
  poweredByHeader: false,
  experimental: {
    // forbidden(): a page refused to a role answers 403, not a 200 page saying no.
    authInterrupts: true,
    // A completion report carries up to 10 attachments of 10 MB each.
    serverActions: { bodySizeLimit: "105mb" },
  },
};

module.exports = nextConfig;
