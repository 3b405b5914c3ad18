import "next-auth";
import "next-auth/jwt";

// The session carries only the id of its server-side row (lib/auth/options.ts); everything
// else is read from the database per request.
declare module "next-auth" {
  interface User {
    sessionId: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionId?: string;
  }
}
