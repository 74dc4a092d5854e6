import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, IsNull, Not } from 'typeorm';
import { Actor, clampPage, DomainError, Page, PageRequest } from '@imh/common';
import { Locale } from '@imh/identity';
import { EmailJob, EmailRateLimiter, jobId, QueueName } from '@imh/queue';
import { CatalogueAccess } from './catalogue.access';
import { SubmitIntakeRequestInput } from './dto/submit-intake-request.input';
import { IntakeRequest } from './entities/intake-request.entity';
import { Track } from './entities/track.entity';

/** Intake requests from signed-out visitors: stored, confirmed by e-mail, followed up by admins. */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<EmailJob>,
    private readonly mailLimit: EmailRateLimiter,
    private readonly access: CatalogueAccess,
  ) {}

  /**
   * Open to anyone, so limited: each request sends a confirmation, and too many from one client
   * address or to one recipient are refused (RATE_LIMITED) before anything is stored or queued.
   * The confirmation job id is the request's id, so it is sent once.
   */
  async submit(input: SubmitIntakeRequestInput, clientAddress: string): Promise<IntakeRequest> {
    await this.mailLimit.consume({ purpose: 'intake-confirmation', clientAddress, recipient: input.email });
    const repo = this.dataSource.getRepository(IntakeRequest);
    const request = await repo.save(
      repo.create({
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        organisation: input.organisation,
        discipline: input.discipline,
        trackInterest: input.trackInterest ?? null,
        message: input.message ?? '',
        locale: input.locale ?? Locale.nl,
      }),
    );
    const track = request.trackInterest
      ? await this.dataSource.getRepository(Track).findOneBy({ code: request.trackInterest })
      : null;
    await this.emailQueue.add(
      'intake-confirmation',
      {
        template: 'intake-confirmation',
        to: request.email,
        locale: request.locale,
        params: { name: request.name, trackTitle: track?.title ?? null },
      },
      { jobId: jobId('intake-confirmation', request.id) },
    );
    return request;
  }

  async list(
    actor: Actor | null,
    handled: boolean | null | undefined,
    page?: PageRequest,
  ): Promise<Page<IntakeRequest>> {
    this.access.requireAdmin(actor);
    const { offset, limit } = clampPage(page);
    const where =
      handled === true ? { handledAt: Not(IsNull()) } : handled === false ? { handledAt: IsNull() } : undefined;
    const [items, totalCount] = await this.dataSource.getRepository(IntakeRequest).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items, totalCount, offset, limit };
  }

  /** Marks a request handled (or open again). */
  async setHandled(actor: Actor | null, id: string, handled: boolean): Promise<IntakeRequest> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(IntakeRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw DomainError.notFound('Intake request');
      request.handledAt = handled ? (request.handledAt ?? new Date()) : null;
      request.handledById = handled ? (request.handledById ?? actor.userId) : null;
      return manager.save(request);
    });
  }
}
