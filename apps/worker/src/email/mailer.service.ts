import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@imh/config';
import type { RenderedEmail } from './templates';

/**
 * Sends over a pool of SMTP connections (SMTP_POOL_CONNECTIONS), each reused for many e-mails:
 * a connection per e-mail (handshake, EHLO, QUIT) cost more than the e-mail. Closed on shutdown,
 * after the workers have finished their active jobs.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: config.SMTP_POOL_CONNECTIONS,
      // A connection is renewed after this many e-mails, so a long-lived one never grows stale.
      maxMessages: 1000,
    });
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

  onModuleDestroy() {
    this.transport.close();
  }
}
