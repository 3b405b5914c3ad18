import "server-only";
export { getDatabase } from "@/db/database";
export type { Executor, Tx } from "@/db/client";
