import { readdirSync } from "node:fs";
import path from "node:path";

// What the app exposes to the network: every export of a server-action file, and every
// HTTP method a route handler exports, found on disk so none can be forgotten.

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const ROOT = process.cwd();

function filesNamed(dir: string, names: string[]): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesNamed(relative, names);
    return names.includes(entry.name) ? [relative] : [];
  });
}

export const importApp = (file: string): Promise<Record<string, unknown>> => import(path.join(ROOT, file));

/** "file#export" for each action and each route method. */
export async function discoverEndpoints(): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesNamed("app", ["actions.ts", "route.ts"]).sort()) {
    const exports = await importApp(file);
    for (const [name, value] of Object.entries(exports)) {
      const exposed = file.endsWith("route.ts") ? HTTP_METHODS.has(name) : typeof value === "function";
      if (exposed) found.push(`${file}#${name}`);
    }
  }
  return found;
}
