/**
 * Where an online or hybrid activity is joined. Shown only on signed-in pages: the link
 * admits anyone who has it, so it never reaches the public register, the API or IATI.
 */
export function MeetingLink({ href }: { href: string }) {
  return (
    <a
      href={href}
      rel="noopener noreferrer nofollow"
      target="_blank"
      className="break-all text-brand-700 underline hover:no-underline"
      data-testid="meeting-link"
    >
      {href}
    </a>
  );
}
