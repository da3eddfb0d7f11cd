import nodemailer from 'nodemailer';

/** Where the server sends e-mail from: an SMTP server (`SMTP_URL`) and the sender (`SMTP_FROM`). */
export interface MailOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
  url: string;
  /** `Courseware <training@example.com>` */
  from: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export class MailConfigError extends Error {}

/** Reads the SMTP settings; none at all means "no e-mail" (reminders are copied by hand). */
export function readMailOptions(env: NodeJS.ProcessEnv = process.env): MailOptions | null {
  const url = env.SMTP_URL?.trim() || undefined;
  const from = env.SMTP_FROM?.trim() || undefined;
  if (url === undefined && from === undefined) return null;
  if (url === undefined || from === undefined) throw new MailConfigError('Set both SMTP_URL and SMTP_FROM to send e-mail, or neither.');
  if (!/^smtps?:\/\//.test(url)) throw new MailConfigError('SMTP_URL must start with smtp:// or smtps://.');
  return { url, from };
}

/** One pooled SMTP connection for the server's lifetime. */
export function createMailer(options: MailOptions): Mailer {
  const transport = nodemailer.createTransport(options.url, { from: options.from });
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close() {
      transport.close();
    },
  };
}
