// What a production start refuses to run without, each said in one line. Pure, so that the
// rules are tested without starting a server.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function configurationProblem(env: Record<string, string | undefined>): string | null {
  const secret = env.NEXTAUTH_SECRET ?? "";
  if (Buffer.byteLength(secret, "utf8") < 32)
    return "Refusing to start: NEXTAUTH_SECRET must be at least 32 bytes (e.g. `openssl rand -base64 32`).";
  if (!env.NEXTAUTH_URL) return "Refusing to start: NEXTAUTH_URL must be set to the address users open (https://...).";
  let url: URL;
  try {
    url = new URL(env.NEXTAUTH_URL);
  } catch {
    return `Refusing to start: NEXTAUTH_URL is not a URL: ${env.NEXTAUTH_URL}`;
  }
  // https makes the session cookie Secure (next-auth follows NEXTAUTH_URL); plain http only
  // on this machine, for the demo, the tests and the benchmark.
  if (url.protocol !== "https:" && !LOOPBACK.has(url.hostname))
    return `Refusing to start: NEXTAUTH_URL must be https (plain http only for localhost): ${env.NEXTAUTH_URL}`;
  return null;
}

export function demoAccountsProblem(demoAccounts: number, demoMode: boolean): string | null {
  if (demoAccounts === 0 || demoMode) return null;
  return `Refusing to start: ${demoAccounts} demo account(s) with the published password exist; remove them, or start in demo mode with DEMO=1.`;
}
