import type { MetadataRoute } from "next";
import { publishedActivityIds, publicPlanEditions } from "@/lib/dal/public-record";
import { appUrl } from "@/lib/env";

// Only pages anyone may open: the public register, its published activities, the Plan of
// Action and the open-data page. Nothing behind sign-in is listed.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = appUrl();
  const [activities, editions] = await Promise.all([publishedActivityIds(), publicPlanEditions()]);
  return [
    { url: `${base}/public`, changeFrequency: "daily" },
    { url: `${base}/public/plan`, changeFrequency: "weekly" },
    { url: `${base}/public/data`, changeFrequency: "monthly" },
    ...editions.map((e) => ({ url: `${base}/public/plan/${e.code}` })),
    ...activities.map((a) => ({ url: `${base}/public/activities/${a.id}`, lastModified: a.updatedAt })),
  ];
}
