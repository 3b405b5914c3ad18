import "next-auth";
import "next-auth/jwt";

// The session carries only who the user is and which session version it was issued
// for (lib/auth/options.ts); everything else is read from the database per request.
declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
  }
}
