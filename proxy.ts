import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/paths";

// Only redirects: the security boundary is requireUser() in every page and the session
// check in every action and route handler (a proxy can be bypassed, CVE-2025-29927).
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (!token) return NextResponse.redirect(new URL(signInPath(path), request.url));
  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  // Everything but sign-in, next-auth's own routes, the health check and static files.
  matcher: ["/((?!login|api/auth|api/health|calendar.ics|public/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
