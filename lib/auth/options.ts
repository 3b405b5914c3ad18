import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/dal/session-user";
import { signInSchema } from "@/lib/validation/sign-in";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The client's address, for per-address limits: the first X-Forwarded-For entry, but only
 * when TRUST_PROXY=1 says a proxy we run sets it (otherwise anyone could claim any address).
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  if (process.env.TRUST_PROXY !== "1") return "unknown";
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first && /^[0-9a-fA-F:.]{3,45}$/.test(first) ? first : "unknown";
}

// The JWT carries only the user id and the session version it was issued for; the role,
// organisation and active flag are read from the database on every request.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // The thrown lock message reaches the form; everything else is the one shared message.
        const claims = await verifyCredentials(
          parsed.data.email,
          parsed.data.password,
          clientAddress(request?.headers),
        );
        return claims ? { id: claims.userId, sessionVersion: claims.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      // Only what the server needs to find the user again; nothing else goes to the browser.
      return { expires: session.expires, userId: token.sub, sessionVersion: token.sessionVersion };
    },
  },
};
