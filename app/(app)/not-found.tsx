import { NotFoundMessage } from "@/components/layout/not-found-message";

// A record that does not exist (notFound() in a signed-in page): the layout's main holds it.
export default function NotFound() {
  return <NotFoundMessage />;
}
