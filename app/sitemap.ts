import type { MetadataRoute } from "next";
import { listPublicNotes, publishedActivityIds, publicPlanEditions } from "@/lib/dal/public/record";
import { appUrl } from "@/lib/env";

// Only pages anyone may open: the public register, its published activities, the Plan of
// Action, the published Background Notes and the open-data page. Nothing behind sign-in is listed.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = appUrl();
  const [activities, editions, notes] = await Promise.all([
    publishedActivityIds(),
    publicPlanEditions(),
    listPublicNotes(),
  ]);
  return [
    { url: `${base}/public`, changeFrequency: "daily" },
    { url: `${base}/public/plan`, changeFrequency: "weekly" },
    { url: `${base}/public/notes`, changeFrequency: "weekly" },
    { url: `${base}/public/data`, changeFrequency: "monthly" },
    ...editions.map((e) => ({ url: `${base}/public/plan/${e.code}` })),
    ...notes.map((n) => ({ url: `${base}/public/notes/${n.id}` })),
    ...activities.map((a) => ({ url: `${base}/public/activities/${a.id}`, lastModified: a.updatedAt })),
  ];
}
