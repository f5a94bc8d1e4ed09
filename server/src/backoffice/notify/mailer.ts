import nodemailer from 'nodemailer';

/** One e-mail: Italian plain text and HTML, with attachments. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Uint8Array; contentType: string }[];
}

/** Sends e-mails; `close` waits for nothing more. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * A mailer on an SMTP URL (`smtp://user:pass@host:587`, `smtps://...`), pooled: one connection
 * for a run of messages. `from` is the sender every mail shows.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url, { pool: true } as never);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content),
          contentType: a.contentType,
        })),
      });
    },
    close() {
      transport.close();
    },
  };
}
