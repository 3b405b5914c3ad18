import { connection } from "next/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

// An address that matches no route: outside the signed-in layout, so the page is its own main.
export default async function NotFound() {
  // Rendered per request, not prerendered: the Content-Security-Policy admits only scripts
  // carrying this request's nonce, which a page built ahead of time cannot carry.
  await connection();
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
