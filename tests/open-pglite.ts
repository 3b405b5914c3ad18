// Opens the PGlite directory given as argument, as a second process would, then closes it.
import { openDatabase } from "../db/client";

const dir = process.argv[2]!;
openDatabase({ engine: "pglite", dir })
  .then(async (handle) => {
    await handle.close();
    console.log("opened and closed");
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
