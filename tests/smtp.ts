import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { smtpMailer, type Mailer } from "@/lib/dal/notifications/outbox";

export interface ReceivedMail {
  to: string[];
  subject: string;
  messageId: string;
  raw: string;
}

/** A real SMTP server on a local port, that can be told to refuse mail for a while. */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(refusing ? Object.assign(new Error("Service unavailable"), { responseCode: 421 }) : undefined);
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        // Long headers are folded over several lines (RFC 5322): unfold before reading them.
        const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1]?.trim() ?? "";
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header("Subject"),
          messageId: header("Message-ID"),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  const mailer: Mailer = smtpMailer(nodemailer.createTransport(`smtp://127.0.0.1:${port}/?ignoreTLS=true`));
  return {
    received,
    mailer,
    refuse(on: boolean) {
      refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
