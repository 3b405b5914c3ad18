import { exportActivities } from "@/lib/dal/activities/export";
import { BYTE_ORDER_MARK, CSV_HEADER, csvCells, csvLines } from "@/lib/exports/csv";
import { fileResponse } from "@/lib/http/file-response";
import { signedInRoute } from "@/lib/http/route";
import { parseActivityFilters } from "@/lib/validation/activity-filters";

export const dynamic = "force-dynamic";

// The list as CSV, with the list's filters: streamed a batch at a time, so memory does not
// grow with the number of rows. ?bom=1 starts with a byte-order mark for Excel.
export const GET = signedInRoute(async (request, user) => {
  const url = new URL(request.url);
  const { filters } = parseActivityFilters(Object.fromEntries(url.searchParams));
  const batches = exportActivities(user, filters);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const head = csvLines([CSV_HEADER]);
      controller.enqueue(encoder.encode(url.searchParams.get("bom") === "1" ? BYTE_ORDER_MARK + head : head));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(csvLines(next.value.map(csvCells))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return fileResponse(stream, { fileName: "activities.csv", mediaType: "text/csv; charset=utf-8", caching: "private" });
});
