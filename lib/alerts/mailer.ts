import "server-only";

import nodemailer from "nodemailer";

import { getConfig, mailFrom } from "@/lib/config";

import type { RenderedMessage } from "./messages";

// How e-mail leaves: through the SMTP server in SMTP_URL (nodemailer), or, with none, nowhere:
// the worker logs that a message was "sent" (by outbox id, never the address) and keeps its
// text for administrators, so `npm start` works without a mail server.

export interface Mailer {
  mode: "smtp" | "log";
  send(to: string, message: RenderedMessage): Promise<void>;
}

/** An SMTP failure that retrying will not fix (5xx: unknown mailbox, rejected content). */
export class PermanentMailError extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    mode: "smtp",
    async send(to, message) {
      try {
        await transport.sendMail({ from, to, subject: message.subject, text: message.text, headers: message.headers });
      } catch (error) {
        const responseCode = (error as { responseCode?: unknown }).responseCode;
        if (typeof responseCode === "number" && responseCode >= 500) {
          throw new PermanentMailError(error instanceof Error ? error.message : String(error), responseCode);
        }
        throw error;
      }
    },
  };
}

export const logMailer: Mailer = {
  mode: "log",
  async send() {
    // Nothing leaves the machine; the worker logs the outbox id and stores the text.
  },
};

/** The mailer the configuration asks for. */
export function configuredMailer(): Mailer {
  const { SMTP_URL } = getConfig();
  return SMTP_URL ? smtpMailer(SMTP_URL, mailFrom()) : logMailer;
}

/** Whether e-mail really leaves (an SMTP server is configured) or is only logged. */
export function mailMode(): Mailer["mode"] {
  return getConfig().SMTP_URL ? "smtp" : "log";
}
