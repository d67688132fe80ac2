import { NextResponse } from "next/server";
import { buildResponderFeed } from "@/lib/alerts/build-responder-feed";
import { logFailure } from "@/lib/errors/log-failure";

export const dynamic = "force-dynamic";

// The token is the only key: an unknown or renewed one is a bare 404 that says nothing about why.
// Never stored by a cache on the way, nor sent on to another site (lib/routes.ts lists
// /api/svar as private, so the page cache leaves it alone).
const privateHeaders = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    const feed = await buildResponderFeed({ token: (await params).token });
    if (feed === null) return new NextResponse(null, { status: 404, headers: privateHeaders });
    return new NextResponse(feed, { headers: { ...privateHeaders, "Content-Type": "application/atom+xml; charset=utf-8" } });
  } catch (error) {
    logFailure("Responder feed", error);
    return new NextResponse(null, { status: 500, headers: privateHeaders });
  }
}
