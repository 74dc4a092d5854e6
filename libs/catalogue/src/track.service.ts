import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, DomainError } from '@imh/common';
import { CatalogueAccess } from './catalogue.access';
import { CatalogueRefusal } from './catalogue-refusal';
import { CreateTrackInput } from './dto/create-track.input';
import { UpdateTrackInput } from './dto/update-track.input';
import { PublicationStatus, Track, TRACK_ORDER } from './entities/track.entity';

/** Admin authoring of tracks. There is one track per code (CORE, GENERALIST, SPECIALIST). */
@Injectable()
export class TrackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: CatalogueAccess,
  ) {}

  /** Every track, drafts included, for admins and docents. */
  async list(actor: Actor | null): Promise<Track[]> {
    this.access.requireReadsAllContent(actor);
    const tracks = await this.dataSource.getRepository(Track).find();
    return tracks.sort((a, b) => TRACK_ORDER[a.code] - TRACK_ORDER[b.code]);
  }

  async get(actor: Actor | null, id: string): Promise<Track> {
    this.access.requireReadsAllContent(actor);
    const track = await this.dataSource.getRepository(Track).findOneBy({ id });
    if (!track) throw DomainError.notFound('Track');
    return track;
  }

  async create(actor: Actor | null, input: CreateTrackInput): Promise<Track> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(Track, { where: { code: input.code } })) {
        throw DomainError.conflict(`A ${input.code} track already exists.`, CatalogueRefusal.TRACK_CODE_TAKEN, {
          code: input.code,
        });
      }
      const track = await manager.save(
        manager.create(Track, {
          code: input.code,
          title: input.title,
          description: input.description ?? '',
          targetAudience: input.targetAudience ?? '',
          certificateValidityMonths: input.certificateValidityMonths ?? null,
          requiresTrackId: null,
          status: PublicationStatus.DRAFT,
        }),
      );
      if (input.requiresTrackId) {
        await this.assertRequirable(manager, track.id, input.requiresTrackId);
        track.requiresTrackId = input.requiresTrackId;
        await manager.save(track);
      }
      await this.record(manager, actor, 'track.created', track.id, { code: track.code });
      return track;
    });
  }

  async update(actor: Actor | null, input: UpdateTrackInput): Promise<Track> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lock(manager, input.id);
      if (input.title !== undefined) track.title = input.title;
      if (input.description !== undefined) track.description = input.description;
      if (input.targetAudience !== undefined) track.targetAudience = input.targetAudience;
      if (input.certificateValidityMonths !== undefined) {
        track.certificateValidityMonths = input.certificateValidityMonths;
      }
      if (input.requiresTrackId !== undefined) {
        if (input.requiresTrackId) await this.assertRequirable(manager, track.id, input.requiresTrackId);
        track.requiresTrackId = input.requiresTrackId;
      }
      await manager.save(track);
      await this.record(manager, actor, 'track.updated', track.id);
      return track;
    });
  }

  async setStatus(actor: Actor | null, id: string, status: PublicationStatus): Promise<Track> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const track = await this.lock(manager, id);
      if (track.status === status) return track;
      track.status = status;
      await manager.save(track);
      await this.record(
        manager,
        actor,
        status === PublicationStatus.PUBLISHED ? 'track.published' : 'track.unpublished',
        track.id,
      );
      return track;
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<Track> {
    const track = await manager.findOne(Track, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!track) throw DomainError.notFound('Track');
    return track;
  }

  /** The required track must exist and must not (through its own requirement) require this one. */
  private async assertRequirable(manager: EntityManager, trackId: string, requiredId: string): Promise<void> {
    const tracks = new Map((await manager.find(Track)).map((t) => [t.id, t]));
    if (!tracks.has(requiredId)) {
      throw DomainError.badInput(
        'The required track does not exist.',
        { requiresTrackId: 'The required track does not exist.' },
        CatalogueRefusal.UNKNOWN_REQUIRED_TRACK,
      );
    }
    const chain: string[] = [tracks.get(trackId)?.title ?? trackId];
    for (let at: string | null = requiredId; at; at = tracks.get(at)?.requiresTrackId ?? null) {
      chain.push(tracks.get(at)?.title ?? at);
      if (at === trackId) {
        const message = `A track cannot require itself, directly or through others: ${chain.join(' → ')}.`;
        // The tracks in the cycle in order, each requiring the next (the last requires the first).
        throw DomainError.badInput(message, { requiresTrackId: message }, CatalogueRefusal.TRACK_REQUIREMENT_CYCLE, {
          cycle: chain.slice(0, -1),
        });
      }
      if (chain.length > tracks.size) break;
    }
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    trackId: string,
    data?: Record<string, unknown>,
  ) {
    await this.audit.record(manager, { actorId: actor.userId, action, subjectType: 'track', subjectId: trackId, data });
  }
}
