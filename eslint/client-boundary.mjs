// A client component ("use client") runs in the browser: it may import types from the data
// layer, but never code that reads the database, the session or the server's secrets.
// Next's build catches `server-only` only when the import chain reaches it at build time;
// this rule names the mistake at the line that makes it.
const SERVER_ONLY = [
  /^server-only$/,
  /^@\/db(\/|$)/,
  /^@\/lib\/dal\/(?!types)/,
  /^@\/lib\/auth\/(options|session|password|secret-box|totp)$/,
  /^@\/lib\/env$/,
  /^(drizzle-orm|postgres|@electric-sql\/pglite)(\/|$)/,
];

function isClientModule(program) {
  return program.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
}

export const clientBoundary = {
  meta: {
    type: "problem",
    docs: { description: "Client components import no server-only code" },
    messages: { serverOnly: "A client component may not import '{{source}}' (server-only code)." },
    schema: [],
  },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration(node) {
        if (!client || node.importKind === "type") return;
        const source = node.source.value;
        if (SERVER_ONLY.some((pattern) => pattern.test(source))) {
          context.report({ node, messageId: "serverOnly", data: { source } });
        }
      },
    };
  },
};
