import { Injectable } from '@nestjs/common';
import { connect } from 'node:net';
import nodemailer, { Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig } from '@imh/config';
import type { RenderedEmail } from './templates';

/**
 * Sends over a pool of SMTP connections (SMTP_POOL_CONNECTIONS), each reused for many e-mails:
 * a connection per e-mail (handshake, EHLO, QUIT) cost more than the e-mail. Closed on shutdown by
 * the e-mail processor once its jobs have finished (a closed pool fails what is still queued on it).
 */
@Injectable()
export class MailerService {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // The pool itself, given the URL: `createTransport({ url, pool: true })` would read the URL
    // alone and quietly drop the pool options (a connection per e-mail again).
    this.transport = nodemailer.createTransport(
      new SMTPPool({
        pool: true,
        url: config.SMTP_URL,
        maxConnections: config.SMTP_POOL_CONNECTIONS,
        // A connection is renewed after this many e-mails, so a long-lived one never grows stale.
        maxMessages: 1000,
        getSocket: (options, callback) => openSocket(options.host ?? '127.0.0.1', options.port ?? 25, callback),
      }),
    );
  }

  async send(to: string, email: RenderedEmail, messageId: string): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // Derived from the job id: a mail server can drop a duplicate if a retry sends twice.
      messageId: `<${messageId}@imh-academy>`,
    });
  }

  close() {
    this.transport.close();
  }
}

/**
 * The pool's TCP connection, with Nagle's algorithm off. On a reused connection the end of one
 * e-mail otherwise waits for the server's delayed ACK (about 40 ms an e-mail on Linux). Nodemailer
 * speaks SMTP over it as over its own socket, and wraps it in TLS itself for smtps:// and STARTTLS.
 */
function openSocket(
  host: string,
  port: number,
  callback: (error: Error | null, socketOptions?: { connection: ReturnType<typeof connect> }) => void,
) {
  const socket = connect({ host, port });
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error(`SMTP connection to ${host} timed out`)));
  const failed = (error: Error) => callback(error);
  socket.once('error', failed);
  socket.once('connect', () => {
    socket.setTimeout(0);
    // Nodemailer attaches its own error handler before this callback returns.
    socket.off('error', failed);
    socket.setNoDelay(true);
    callback(null, { connection: socket });
  });
}

const CONNECT_TIMEOUT_MS = 30_000;
