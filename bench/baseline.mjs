// Baseline B: the floor the framework adds to. A plain node:http server that runs, through
// postgres.js, the very statements the list page's data layer sends (captured from
// lib/dal/activities/list.ts by bench/capture.ts, not written again here) in the same order
// and concurrency, and answers with JSON.stringify of the rows. No framework, no auth, no
// rendering. Usage: node bench/baseline.mjs <plan.json>  (env DATABASE_URL, PORT)
import { readFileSync } from "node:fs";
import http from "node:http";
import postgres from "postgres";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const sql = postgres(process.env.DATABASE_URL, { max: 10, onnotice: () => {} });
const run = (statement, params = statement.params) => sql.unsafe(statement.sql, params);

/** The list's three queries in turn (the details need the page's ids), beside the filter options. */
async function listPage({ count, ids, details, options }) {
  const list = async () => {
    const [total] = await run(count);
    const page = await run(ids);
    if (!details || page.length === 0) return { total, page, rows: [] };
    const pageIds = page.map((row) => Object.values(row)[0]);
    const params = details.params.map((value, i) => (details.idSlots[i] >= 0 ? pageIds[details.idSlots[i]] : value));
    return { total, page, rows: await run(details, params) };
  };
  const [result, filterOptions] = await Promise.all([list(), Promise.all(options.map((o) => run(o)))]);
  return { ...result, options: filterOptions };
}

const server = http.createServer(async (request, response) => {
  const scenario = plan[new URL(request.url, "http://b").pathname.slice(1)];
  if (!scenario) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = JSON.stringify(await listPage(scenario));
    response.writeHead(200, { "Content-Type": "application/json" }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => sql.end({ timeout: 2 }).then(() => process.exit(0))));
}
