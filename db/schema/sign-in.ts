import { bigint, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Failed sign-ins, kept in the database so the limit holds across instances: by the email
// tried (known or not, so the limit reveals no account) and by the client address.
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    clientAddress: text("client_address").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_failures_email_idx").on(t.email, t.occurredAt),
    index("sign_in_failures_address_idx").on(t.clientAddress, t.occurredAt),
  ],
);
