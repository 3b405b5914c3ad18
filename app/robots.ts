import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Crawlers are welcome on the public register and nowhere else. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/public"], disallow: "/" },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
