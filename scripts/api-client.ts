// Writes the read API's client types (tests/api-v1-client.d.ts) from its OpenAPI document.
import { writeFileSync } from "node:fs";
import { generateClientTypes } from "../lib/api/client-types";

void generateClientTypes().then((types) => {
  writeFileSync("tests/api-v1-client.d.ts", types);
  console.log("Wrote tests/api-v1-client.d.ts");
});
