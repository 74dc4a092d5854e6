import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor } from '@imh/common';
import { User } from '@imh/identity';
import { StoredFile } from '@imh/files';
import { CatalogueAccess } from './catalogue.access';
import { Enrollment } from './entities/enrollment.entity';
import { LessonAttachment } from './entities/lesson-attachment.entity';
import { LessonProgress } from './entities/lesson-progress.entity';
import { Lesson } from './entities/lesson.entity';
import { Module } from './entities/module.entity';
import { PublicationStatus, Track, TRACK_ORDER } from './entities/track.entity';
import { PublicModule, PublicTrack } from './views/public-catalogue.types';

/**
 * Reads that are not a single use case: the public catalogue, and the batch lookups the
 * API's DataLoaders use (one query for many ids), so lists never cost a query per row.
 */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CatalogueAccess,
  ) {}

  /** What anyone may see, signed in or not: published tracks and modules, no lesson content. Two queries. */
  async publicCatalogue(): Promise<PublicTrack[]> {
    const everyTrack = await this.dataSource.getRepository(Track).find();
    const all = new Map(everyTrack.map((t) => [t.id, t]));
    const tracks = everyTrack.filter((t) => t.status === PublicationStatus.PUBLISHED);
    const modules: (Omit<PublicModule, 'studyHours' | 'lessonCount'> & {
      trackId: string;
      studyHours: string;
      lessonCount: string;
    })[] = tracks.length
      ? await this.dataSource.query(
          `SELECT m.id, m.track_id AS "trackId", m.position, m.title, m.summary, m.study_hours AS "studyHours",
                  m.accreditation_points AS "accreditationPoints", m.learning_goals AS "learningGoals",
                  (SELECT count(*) FROM lesson l WHERE l.module_id = m.id AND l.archived_at IS NULL) AS "lessonCount"
             FROM module m
            WHERE m.status = 'PUBLISHED' AND m.track_id = ANY($1::uuid[])
            ORDER BY m.position, m.id`,
          [tracks.map((t) => t.id)],
        )
      : [];
    return tracks
      .sort((a, b) => TRACK_ORDER[a.code] - TRACK_ORDER[b.code])
      .map((t) => {
        const own = modules
          .filter((m) => m.trackId === t.id)
          .map(({ trackId: _t, ...m }) => ({
            ...m,
            studyHours: Number(m.studyHours),
            lessonCount: Number(m.lessonCount),
          }));
        const required = t.requiresTrackId ? all.get(t.requiresTrackId) : undefined;
        return {
          id: t.id,
          code: t.code,
          title: t.title,
          description: t.description,
          targetAudience: t.targetAudience,
          certificateValidityMonths: t.certificateValidityMonths,
          requiresTrackCode: required?.code ?? null,
          requiresTrackTitle: required?.title ?? null,
          modules: own,
          totalStudyHours: Math.round(own.reduce((sum, m) => sum + m.studyHours, 0) * 10) / 10,
          totalAccreditationPoints: own.reduce((sum, m) => sum + m.accreditationPoints, 0),
        };
      });
  }

  // ---- batch lookups for DataLoaders -------------------------------------------------

  async tracksByIds(ids: readonly string[]): Promise<Track[]> {
    return ids.length ? this.dataSource.getRepository(Track).findBy({ id: In([...ids]) }) : [];
  }

  async modulesByIds(ids: readonly string[]): Promise<Module[]> {
    return ids.length ? this.dataSource.getRepository(Module).findBy({ id: In([...ids]) }) : [];
  }

  async usersByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length ? this.dataSource.getRepository(User).findBy({ id: In([...ids]) }) : [];
  }

  /** Modules of many tracks, in order; students' callers pass `publishedOnly`. */
  async modulesByTrackIds(actor: Actor | null, trackIds: readonly string[]): Promise<Map<string, Module[]>> {
    this.access.requireReadsAllContent(actor);
    const rows = trackIds.length
      ? await this.dataSource
          .getRepository(Module)
          .find({ where: { trackId: In([...trackIds]) }, order: { position: 'ASC', id: 'ASC' } })
      : [];
    return group(rows, (m) => m.trackId);
  }

  async lessonsByModuleIds(actor: Actor | null, moduleIds: readonly string[]): Promise<Map<string, Lesson[]>> {
    this.access.requireReadsAllContent(actor);
    const rows = moduleIds.length
      ? await this.dataSource
          .getRepository(Lesson)
          .find({ where: { moduleId: In([...moduleIds]) }, order: { position: 'ASC', id: 'ASC' } })
      : [];
    return group(rows, (l) => l.moduleId);
  }

  /** Prerequisites of many modules. Students see only published ones (drafts are not theirs to know). */
  async prerequisitesByModuleIds(actor: Actor | null, moduleIds: readonly string[]): Promise<Map<string, Module[]>> {
    if (!moduleIds.length) return new Map();
    const edges: { module_id: string; prerequisite_id: string }[] = await this.dataSource.query(
      'SELECT module_id, prerequisite_id FROM module_prerequisite WHERE module_id = ANY($1::uuid[])',
      [[...moduleIds]],
    );
    const prerequisites = edges.length
      ? await this.dataSource.getRepository(Module).find({
          where: {
            id: In([...new Set(edges.map((e) => e.prerequisite_id))]),
            ...(this.access.readsAllContent(actor) ? {} : { status: PublicationStatus.PUBLISHED }),
          },
          order: { position: 'ASC' },
        })
      : [];
    const byId = new Map(prerequisites.map((m) => [m.id, m]));
    const map = new Map<string, Module[]>();
    for (const e of edges) {
      const m = byId.get(e.prerequisite_id);
      if (m) map.set(e.module_id, [...(map.get(e.module_id) ?? []), m]);
    }
    return map;
  }

  /** Attachments of many lessons; callers have already checked the actor may read the lessons. */
  async attachmentsByLessonIds(lessonIds: readonly string[]): Promise<Map<string, StoredFile[]>> {
    if (!lessonIds.length) return new Map();
    const links = await this.dataSource.getRepository(LessonAttachment).find({
      where: { lessonId: In([...lessonIds]) },
      relations: { file: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const map = new Map<string, StoredFile[]>();
    for (const link of links) map.set(link.lessonId, [...(map.get(link.lessonId) ?? []), link.file!]);
    return map;
  }

  /** Which of these lessons the student has completed. */
  async completedLessonIds(studentId: string, lessonIds: readonly string[]): Promise<Set<string>> {
    if (!lessonIds.length) return new Set();
    const rows = await this.dataSource
      .getRepository(LessonProgress)
      .find({ where: { studentId, lessonId: In([...lessonIds]) }, select: { lessonId: true } });
    return new Set(rows.map((r) => r.lessonId));
  }

  async enrollmentsByIds(ids: readonly string[]): Promise<Enrollment[]> {
    return ids.length ? this.dataSource.getRepository(Enrollment).findBy({ id: In([...ids]) }) : [];
  }
}

function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}
