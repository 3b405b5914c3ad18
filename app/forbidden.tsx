import { ForbiddenMessage } from "@/components/layout/forbidden-message";

// forbidden() in a signed-in page: shown inside the signed-in layout, whose main holds it.
export default function Forbidden() {
  return <ForbiddenMessage />;
}
