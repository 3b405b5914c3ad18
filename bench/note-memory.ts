// The note scenario of bench/run.ts alone: one Background Note of 2009-2030 over the record and
// N synthetic activities, each request one at a time with the app's peak RSS over the RSS after
// a full collection (as bench/run.ts measures "one request at a time"). For issue 18's note
// target (<= 100 MB per request) without the whole bench (build, B, F, load, Lighthouse).
//
//   npx next build    (the app as it is; this script does not build)
//   npx tsx --conditions=react-server bench/note-memory.ts --pglite=DIR [--seed] [--section=year-2019 | --file=note.docx]
//   npx tsx --conditions=react-server bench/note-memory.ts --postgres=URL [--seed]
//
// --seed loads an empty target first (npm run db:seed with DEMO=1, the bulk seeder, the note);
// without it the target must have been seeded by this script before. --requests=N (5),
// --synthetic=N (20,000), --port=N (3490).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DatabaseTarget } from "../db/client";
import { openDatabase } from "../db/client";
import { backgroundNotes } from "../db/schema";
import { makeFixtures, seed, targetEnv } from "./prepare";
import { startApp } from "./servers";
import { signIn } from "./sign-in.mjs";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
const REQUESTS = Number(arg("requests") ?? 5);
const SYNTHETIC = Number(arg("synthetic") ?? 20_000);
const PORT = Number(arg("port") ?? 3490);
const SECTION = arg("section");
/** A download of the note instead of its page: note.docx or note.pdf. */
const FILE = arg("file");
const NOTE_TITLE = "Background Note 2009-2030";

async function noteIdOf(target: DatabaseTarget): Promise<string> {
  const handle = await openDatabase(target);
  try {
    const [note] = await handle.db
      .select({ id: backgroundNotes.id })
      .from(backgroundNotes)
      .where(eq(backgroundNotes.title, NOTE_TITLE));
    if (!note) throw new Error(`no "${NOTE_TITLE}" in the target: run with --seed first`);
    return note.id;
  } finally {
    await handle.close();
  }
}

async function main() {
  const pglite = arg("pglite");
  const url = arg("postgres");
  const target: DatabaseTarget = pglite ? { engine: "pglite", dir: pglite } : { engine: "postgres", url: url! };
  if (!pglite && !url) throw new Error("--pglite=DIR or --postgres=URL");
  if (process.argv.includes("--seed")) {
    seed(target, SYNTHETIC);
    await makeFixtures(target);
  }
  const noteId = await noteIdOf(target);
  const work = mkdtempSync(path.join(os.tmpdir(), "note-memory-"));
  const app = await startApp({
    port: PORT,
    env: {
      ...targetEnv(target),
      DEMO: "1",
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      MAIL_DIR: path.join(work, "mail"),
    },
    log: path.join(work, "app.log"),
  });
  try {
    const cookie = await signIn(app.base, "secretariat@demo.test");
    const note = `${app.base}/reports/background-note/${noteId}`;
    const pageUrl = FILE ? `${note}/${FILE}` : `${note}${SECTION ? `?section=${SECTION}` : ""}`;
    const fetchPage = async () => {
      const started = performance.now();
      const response = await fetch(pageUrl, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${pageUrl}: ${response.status}`);
      return { ms: performance.now() - started, kb: body.byteLength / 1024 };
    };
    await fetchPage(); // warm-up: the route's code loaded and compiled
    const rows: Array<{ ms: number; kb: number; growthMb: number }> = [];
    for (let i = 0; i < REQUESTS; i++) {
      await app.collectGarbage();
      const before = app.rssMb();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, app.rssMb())), 50);
      const one = await fetchPage().finally(() => clearInterval(sampler));
      rows.push({ ...one, growthMb: Math.max(peak, app.rssMb()) - before });
      console.log(
        `${target.engine} request ${i + 1}: ${one.ms.toFixed(0)} ms, ${one.kb.toFixed(1)} KB, RSS +${rows.at(-1)!.growthMb.toFixed(1)} MB`,
      );
    }
    const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `${target.engine}, ${FILE ?? SECTION ?? "the page as it opens"}: p50 ${ms[Math.floor((ms.length - 1) / 2)]!.toFixed(0)} ms, ` +
        `slowest ${ms.at(-1)!.toFixed(0)} ms, largest RSS growth ${Math.max(...rows.map((r) => r.growthMb)).toFixed(1)} MB`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
