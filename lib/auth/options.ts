import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { safeRedirectUrl } from "@/lib/auth/paths";
import { env } from "@/lib/env";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie } from "@/lib/auth/device-cookie";
import { verifyCredentials } from "@/lib/dal/accounts/session-user";
import { endSession, startSession } from "@/lib/dal/accounts/sessions";
import { logger } from "@/lib/logger";
import { signInSchema } from "@/lib/validation/sign-in";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// The JWT carries only the id of a server-side session row (lib/dal/accounts/sessions.ts): the
// user, role and organisation are read from the database on every request, and the row
// can be ended on the server. next-auth's cookie is HttpOnly and SameSite=Lax, and Secure
// (with the __Secure- prefix) whenever NEXTAUTH_URL is https.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // The lock and MFA_REQUIRED messages reach the form; everything else is the one shared message.
        const address = clientAddress(request?.headers);
        const jar = await cookies();
        const verified = await verifyCredentials(parsed.data.email, parsed.data.password, {
          code: parsed.data.code || undefined,
          clientAddress: address,
          deviceCookie: jar.get(DEVICE_COOKIE)?.value,
        });
        if (!verified) return null;
        // This browser is recognised for the account from now on (lib/auth/device-cookie.ts).
        if (!verified.deviceRecognised)
          jar.set(DEVICE_COOKIE, newDeviceCookie(verified.userId), {
            httpOnly: true,
            sameSite: "lax",
            secure: env().NEXTAUTH_URL.startsWith("https:"),
            path: "/api/auth",
            maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
          });
        return { id: verified.userId, sessionId: await startSession(verified.userId, new Date(), address) };
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after signing in or out: through the one check.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only what the server needs to find the session again; nothing else goes to the browser.
      return { expires: session.expires, sessionId: token.sessionId };
    },
  },
  // next-auth's own messages as structured lines. A session cookie it cannot read (made up,
  // or sealed with an earlier secret) is the visitor's problem, not the server's: a warning
  // without a stack; the page sends them to sign in.
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") logger.warn({ code }, "unreadable session cookie");
      else
        logger.error(
          { code, err: metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error },
          "next-auth error",
        );
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sessionId === "string") await endSession(token.sessionId);
    },
  },
};
