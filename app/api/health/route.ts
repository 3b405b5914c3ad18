import { databaseAnswers } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

// Public by design (load balancers call it): it says only whether the database answers.
export async function GET() {
  const ok = await databaseAnswers();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
