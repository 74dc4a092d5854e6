import { Injectable } from '@nestjs/common';

/**
 * The worker's one source of "now" for what depends on time (reminders falling due, quiet
 * hours, the digest hour, a delivery's not-before). Production reads the system clock; a test
 * replaces `now` on the worker's instance and so moves time without waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
