import "server-only";
export { getDatabase } from "@/db/database";
