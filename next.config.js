/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and a data bundle it loads from its own folder at run time:
  // bundling it breaks those paths, so the server requires it from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  experimental: {
    // A completion report carries up to 10 attachments of 10 MB each.
    serverActions: { bodySizeLimit: "105mb" },
  },
};

module.exports = nextConfig;
