import { Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@imh/config';
import type { RenderedEmail } from './templates';

@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport(config.SMTP_URL);
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
