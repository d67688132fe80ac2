import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "@/lib/env";

export type OutgoingMail = { id: string; to: string; subject: string; text: string };

export type MailTransport = {
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
};

export type MailTransportOptions = {
  // Unset: every message is written to outboxDir as an .eml file instead of being sent.
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  log?: (line: string) => void;
};

// Files in DATA_DIR are private to the account running the app (lib/db/make-data-dir-private.ts);
// a written mail holds an address, so it is no different.
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

// With an SMTP server configured, mail goes there; without one (the embedded default), each
// message becomes a file a person trying the demo can open, and the console says where, never
// to whom.
export function createMailTransport({ smtpUrl, from, outboxDir, log = console.log }: MailTransportOptions): MailTransport {
  if (smtpUrl) {
    const transporter = nodemailer.createTransport(smtpUrl);
    return {
      send: async (mail) => {
        await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      },
      close: () => transporter.close(),
    };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (mail) => {
      const info = await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      await fs.mkdir(outboxDir, { recursive: true, mode: DIR_MODE });
      const file = path.join(outboxDir, `${fileStamp(new Date())}-${mail.id.replace(/[^A-Za-z0-9_-]/g, "")}.eml`);
      await fs.writeFile(file, info.message as Buffer, { mode: FILE_MODE, flag: "wx" });
      log(`Mail written to ${path.relative(process.cwd(), file) || file}`);
    },
    close: () => transporter.close(),
  };
}

const fileStamp = (at: Date) => at.toISOString().replace(/[:.]/g, "-");

// The sender: MAIL_FROM, or no-reply at the host people reach the app on.
export function mailFrom(config: Pick<Env, "MAIL_FROM" | "publicUrl">): string {
  if (config.MAIL_FROM) return config.MAIL_FROM;
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : "localhost";
  return `Sakligt <no-reply@${host}>`;
}

export function mailTransportFromEnv(config: Env, log?: (line: string) => void): MailTransport {
  return createMailTransport({ smtpUrl: config.SMTP_URL, from: mailFrom(config), outboxDir: path.join(config.dataDir, "outbox"), log });
}
