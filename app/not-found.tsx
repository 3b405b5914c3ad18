import { NotFoundMessage } from "@/components/layout/not-found-message";

// An address that matches no route: outside the signed-in layout, so the page is its own main.
export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
