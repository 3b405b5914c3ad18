import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { organisationKind } from "./enums";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stable, human-readable key ("UNICEF", "AICHR-ID"): seeds, imports and feed URLs use it.
    code: text("code").notNull().unique(),
    kind: organisationKind("kind").notNull(),
    acronym: text("acronym"),
    name: text("name").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => organisations.id),
    // ISO 3166-1 alpha-2 of the member state an AICHR representative stands for.
    countryCode: text("country_code"),
    // The organisation's identifier in the IATI registry, where it has one (e.g. XM-DAC-41114).
    iatiIdentifier: text("iati_identifier"),
    // Its IATI OrganisationType code (e.g. 21 International NGO); null: taken from its kind.
    iatiType: text("iati_type"),
    // Retired organisations keep their history; they are only hidden from new choices.
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    index("organisations_parent_idx").on(t.parentId),
    check("organisations_iati_type_code", sql`${t.iatiType} ~ '^[0-9]{2}$'`),
    check("organisations_country_code_iso", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);
