import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, CommonRefusal, DomainError } from '@imh/common';
import { StoredFile } from '@imh/files';
import { CatalogueAccess } from './catalogue.access';
import { CreateLessonInput } from './dto/create-lesson.input';
import { ReorderInput } from './dto/reorder.input';
import { UpdateLessonInput } from './dto/update-lesson.input';
import { LessonAttachment } from './entities/lesson-attachment.entity';
import { Lesson } from './entities/lesson.entity';
import { Module } from './entities/module.entity';
import { PublicationStatus } from './entities/track.entity';
import { LESSON_ATTACHMENT } from './lesson-attachment.access-rule';
import { isHttpUrl } from './markdown';
import { saveOrder } from './ordering';
import { CatalogueRefusal } from './catalogue-refusal';
import { hasStudentWork, StudentWork } from './student-work';

/** Admin authoring of lessons and their attachments. The markdown is stored exactly as written. */
@Injectable()
export class LessonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly studentWork: StudentWork,
    private readonly access: CatalogueAccess,
  ) {}

  async create(actor: Actor | null, input: CreateLessonInput): Promise<Lesson> {
    this.access.requireAdmin(actor);
    assertVideoUrl(input.videoUrl);
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lockModule(manager, input.moduleId);
      const { max } = (await manager
        .createQueryBuilder(Lesson, 'l')
        .select('MAX(l.position)', 'max')
        .where('l.module_id = :id', { id: module.id })
        .getRawOne<{ max: number | null }>()) ?? { max: null };
      const lesson = await manager.save(
        manager.create(Lesson, {
          moduleId: module.id,
          position: max === null ? 0 : Number(max) + 1,
          title: input.title,
          body: input.body ?? '',
          videoUrl: input.videoUrl ?? null,
        }),
      );
      await this.record(manager, actor, 'lesson.created', lesson.id, { moduleId: module.id });
      return lesson;
    });
  }

  async update(actor: Actor | null, input: UpdateLessonInput): Promise<Lesson> {
    this.access.requireAdmin(actor);
    assertVideoUrl(input.videoUrl);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await manager.findOne(Lesson, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!lesson) throw DomainError.notFound('Lesson');
      if (input.title !== undefined) lesson.title = input.title;
      if (input.body !== undefined) lesson.body = input.body;
      if (input.videoUrl !== undefined) lesson.videoUrl = input.videoUrl;
      await manager.save(lesson);
      await this.record(manager, actor, 'lesson.updated', lesson.id);
      return lesson;
    });
  }

  /**
   * Deletes a lesson nobody has completed, with its attachment links (the files stay). A lesson
   * with students' progress is archived instead; the database refuses deleting it too.
   */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await manager.findOneBy(Lesson, { id });
      if (!lesson) throw DomainError.notFound('Lesson');
      const module = await this.lockModule(manager, lesson.moduleId);
      await this.assertNotLastOpenLesson(manager, module, lesson);
      const work = await this.studentWork.forLesson(manager, id);
      if (hasStudentWork(work)) {
        throw DomainError.conflict(
          'Students have completed this lesson; archive it instead of deleting it.',
          CatalogueRefusal.LESSON_HAS_STUDENT_WORK,
          { lesson: lesson.title, ...work },
        );
      }
      await manager.delete(Lesson, { id });
      await manager.query(
        `UPDATE lesson l SET position = r.rn - 1
           FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS rn FROM lesson WHERE module_id = $1) r
          WHERE l.id = r.id`,
        [module.id],
      );
      await this.record(manager, actor, 'lesson.deleted', id, { moduleId: module.id });
      return true;
    });
  }

  /**
   * Takes the lesson out of students' paths and of module completion, keeping the students'
   * progress on it. Refused for the last lesson a published module still shows.
   */
  async archive(actor: Actor | null, id: string): Promise<Lesson> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Lesson, { id });
      if (!found) throw DomainError.notFound('Lesson');
      const module = await this.lockModule(manager, found.moduleId);
      const lesson = await manager.findOneByOrFail(Lesson, { id });
      if (lesson.archivedAt) return lesson;
      await this.assertNotLastOpenLesson(manager, module, lesson);
      lesson.archivedAt = new Date();
      await manager.save(lesson);
      await this.record(manager, actor, 'lesson.archived', lesson.id, { moduleId: module.id });
      return lesson;
    });
  }

  /** Brings an archived lesson back into its module, where it was; students' progress on it counts again. */
  async unarchive(actor: Actor | null, id: string): Promise<Lesson> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await manager.findOne(Lesson, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!lesson) throw DomainError.notFound('Lesson');
      if (!lesson.archivedAt) return lesson;
      lesson.archivedAt = null;
      await manager.save(lesson);
      await this.record(manager, actor, 'lesson.unarchived', lesson.id, { moduleId: lesson.moduleId });
      return lesson;
    });
  }

  async reorder(actor: Actor | null, input: ReorderInput): Promise<Lesson[]> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const module = await this.lockModule(manager, input.parentId);
      const current = await manager.find(Lesson, { where: { moduleId: module.id }, select: { id: true } });
      await saveOrder(
        manager,
        Lesson,
        current.map((l) => l.id),
        input.orderedIds,
        'Give every lesson of the module exactly once.',
      );
      await this.record(manager, actor, 'lesson.reordered', module.id);
      return manager.find(Lesson, { where: { moduleId: module.id }, order: { position: 'ASC' } });
    });
  }

  /** Attaches an uploaded lesson attachment (see POST /files?purpose=LESSON_ATTACHMENT). */
  async attachFile(actor: Actor | null, lessonId: string, fileId: string): Promise<Lesson> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await manager.findOne(Lesson, { where: { id: lessonId }, lock: { mode: 'pessimistic_write' } });
      if (!lesson) throw DomainError.notFound('Lesson');
      const file = await manager.findOneBy(StoredFile, { id: fileId });
      if (!file) throw DomainError.notFound('File');
      if (file.purpose !== LESSON_ATTACHMENT) {
        throw DomainError.badInput(
          'This file was not uploaded as a lesson attachment.',
          { fileId: 'This file was not uploaded as a lesson attachment.' },
          CatalogueRefusal.NOT_A_LESSON_ATTACHMENT,
        );
      }
      const position = await manager.count(LessonAttachment, { where: { lessonId } });
      await manager
        .createQueryBuilder()
        .insert()
        .into(LessonAttachment)
        .values({ lessonId, fileId, position })
        .orIgnore()
        .execute();
      await this.record(manager, actor, 'lesson.file_attached', lessonId, { fileId });
      return lesson;
    });
  }

  async detachFile(actor: Actor | null, lessonId: string, fileId: string): Promise<Lesson> {
    this.access.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const lesson = await manager.findOneBy(Lesson, { id: lessonId });
      if (!lesson) throw DomainError.notFound('Lesson');
      const result = await manager.delete(LessonAttachment, { lessonId, fileId });
      if (!result.affected) throw DomainError.notFound('Attachment');
      await this.record(manager, actor, 'lesson.file_detached', lessonId, { fileId });
      return lesson;
    });
  }

  /** A published module must keep at least one lesson students can follow (call with the module locked). */
  private async assertNotLastOpenLesson(manager: EntityManager, module: Module, lesson: Lesson): Promise<void> {
    if (module.status !== PublicationStatus.PUBLISHED || lesson.archivedAt) return;
    const open = await manager.count(Lesson, { where: { moduleId: module.id, archivedAt: IsNull() } });
    if (open <= 1) {
      throw DomainError.conflict('A published module needs at least one lesson.', CatalogueRefusal.LAST_LESSON, {
        module: module.title,
      });
    }
  }

  private async lockModule(manager: EntityManager, id: string): Promise<Module> {
    const module = await manager.findOne(Module, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!module) throw DomainError.notFound('Module');
    return module;
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    subjectId: string,
    data?: Record<string, unknown>,
  ) {
    await this.audit.record(manager, { actorId: actor.userId, action, subjectType: 'lesson', subjectId, data });
  }
}

/** Defence in depth behind the DTO: a video link is http(s) or nothing. */
function assertVideoUrl(url: string | null | undefined) {
  if (url && !isHttpUrl(url)) {
    throw DomainError.badInput(
      'Enter a link that starts with http:// or https://.',
      { videoUrl: 'Enter a link that starts with http:// or https://.' },
      CommonRefusal.VALIDATION_FAILED,
    );
  }
}
