// F, the framework floor of issue 18: a bare Next.js app beside the real one, built and
// started by bench/run.ts. Same Next, React and data layer as the app; none of its pages.
/** @type {import('next').NextConfig} */
module.exports = {
  // As in the app's next.config.js: PGlite loads its WebAssembly from its own folder.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit", "pino"],
  poweredByHeader: false,
};
