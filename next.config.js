// Ten files of 10 MB and the form around them.
const REPORT_BODY_LIMIT = "105mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite (WebAssembly and data) and pdfkit (font metrics) load files from their own
  // folders at run time: bundling breaks those paths, so the server requires them as they are.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit", "pino"],
  poweredByHeader: false,
  // Files the proxy does not see (its matcher skips them): the protective headers of
  // lib/security/headers.ts that apply to a file, and a policy that lets it run nothing.
  async headers() {
    const protective = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
    ];
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg"].map((source) => ({
      source,
      headers: protective,
    }));
  },
  experimental: {
    // forbidden(): a page refused to a role answers 403, not a 200 page saying no.
    authInterrupts: true,
    // A completion report carries up to 10 attachments of 10 MB each (MAX_ATTACHMENTS and
    // MAX_ATTACHMENT_BYTES in lib/validation/report.ts). The proxy reads the body first and
    // passes on only its own limit (10 MB by default), so both limits must be this one.
    serverActions: { bodySizeLimit: REPORT_BODY_LIMIT },
    proxyClientMaxBodySize: REPORT_BODY_LIMIT,
  },
};

module.exports = nextConfig;
