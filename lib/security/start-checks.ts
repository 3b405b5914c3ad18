// What a production start refuses to run without, each said in one line. Pure, so that the
// rules are tested without starting a server.

export function configurationProblem(env: Record<string, string | undefined>): string | null {
  const secret = env.NEXTAUTH_SECRET ?? "";
  if (Buffer.byteLength(secret, "utf8") < 32)
    return "Refusing to start: NEXTAUTH_SECRET must be at least 32 bytes (e.g. `openssl rand -base64 32`).";
  if (!env.NEXTAUTH_URL) return "Refusing to start: NEXTAUTH_URL must be set to the address users open (https://...).";
  try {
    new URL(env.NEXTAUTH_URL);
  } catch {
    return `Refusing to start: NEXTAUTH_URL is not a URL: ${env.NEXTAUTH_URL}`;
  }
  return null;
}

export function demoAccountsProblem(demoAccounts: number, demoMode: boolean): string | null {
  if (demoAccounts === 0 || demoMode) return null;
  return `Refusing to start: ${demoAccounts} demo account(s) with the published password exist; remove them, or start in demo mode with DEMO=1.`;
}
