// Sending e-mail: a nodemailer SMTP transport when DTI_SMTP_URL is set, a mailer that sends nothing
// otherwise. Used only by the delivery step of notifications, never inside a database transaction.
import { createTransport } from 'nodemailer';

/** One e-mail: plain text, with an optional HTML alternative. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail. */
export interface Mailer {
  /** False for the mailer that sends nothing (no SMTP server configured). */
  readonly enabled: boolean;
  /** Sends one message; rejects with a {@link MailError} when the server refuses or cannot be reached. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * A failed send. `temporary` is true when the server could not be reached or answered 4xx (try
 * again later, not with the next message); false when it refused this message for good (5xx).
 */
export class MailError extends Error {
  constructor(
    message: string,
    readonly temporary: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

/** The mailer that sends nothing. */
export const disabledMailer: Mailer = {
  enabled: false,
  send: () => Promise.resolve(),
  close: () => undefined,
};

/** An SMTP URL with its password hidden, for messages. */
export function describeSmtpUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

/** The mailer of the settings: SMTP when `smtp` is set, else {@link disabledMailer}. */
export function createMailer(smtp: { url: string; from: string } | undefined): Mailer {
  if (smtp === undefined) return disabledMailer;
  const transport = createTransport(
    { url: smtp.url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 },
    { from: smtp.from },
  );
  return {
    enabled: true,
    async send(message) {
      try {
        await transport.sendMail({ ...message, headers: { 'Auto-Submitted': 'auto-generated' } });
      } catch (error) {
        const reply = (error as { responseCode?: unknown }).responseCode;
        const text = error instanceof Error ? error.message : String(error);
        throw new MailError(
          `Không gửi được thư tới ${message.to} qua ${describeSmtpUrl(smtp.url)}: ${text}`,
          typeof reply !== 'number' || reply < 500,
        );
      }
    },
    close: () => transport.close(),
  };
}
