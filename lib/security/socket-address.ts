import { Server, type IncomingMessage } from "node:http";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/client-address";

// Next.js does not hand route handlers the TCP peer's address (it fills X-Forwarded-For
// with it only when the client sent none, so a client could name any address). Stamped
// here on every request as it arrives, replacing anything a client sent under that name,
// so the per-address sign-in limit works without a proxy. Installed once at start-up.

const stamped = Symbol.for("tracker.socketAddressStamped");

export function stampSocketAddresses(): void {
  const prototype = Server.prototype as Server & { [stamped]?: boolean };
  if (prototype[stamped]) return;
  prototype[stamped] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
