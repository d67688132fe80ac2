import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

// For a load balancer in front of several instances: 200 while this instance's database
// answers, 503 when it does not. No cookie, no log line, and nothing may cache the answer.
export async function GET() {
  const up = await checkDatabase({ db });
  return Response.json(
    { status: up ? "ok" : "unavailable" },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
