import {
  Assignment,
  AssignmentDueDate,
  AssignmentExtension,
  Grade,
  RubricCriterion,
  Submission,
  SubmissionFile,
} from '@imh/assignments';
import { AuditEvent } from '@imh/audit';
import { Enrollment, IntakeRequest, Lesson, LessonAttachment, LessonProgress, Module, Track } from '@imh/catalogue';
import { Certificate, CertificationCounter, IssuerKey } from '@imh/certification';
import { Cohort, CohortDocent, CohortMeeting, CohortMember, CohortProposal } from '@imh/cohorts';
import {
  ConfidentialAccessLog,
  ConfidentialAddressee,
  ConfidentialAttachment,
  ConfidentialKey,
  ConfidentialMessage,
  ConfidentialNote,
  ConfidentialReader,
  ConfidentialRetiredKey,
  ConfidentialSessionKey,
  ConfidentialThread,
} from '@imh/confidential';
import { StoredFile } from '@imh/files';
import { Delivery, Notification, NotificationPreference, NotificationSettings, OutboxEvent } from '@imh/notifications';
import { Discipline, Organisation, Session, User, UserToken } from '@imh/identity';

/** Every entity of every context. A new context adds its entities here. */
export const ENTITIES = [
  User,
  Discipline,
  Organisation,
  Session,
  UserToken,
  AuditEvent,
  StoredFile,
  Track,
  Module,
  Lesson,
  LessonAttachment,
  Enrollment,
  LessonProgress,
  IntakeRequest,
  CohortProposal,
  Cohort,
  CohortDocent,
  CohortMember,
  CohortMeeting,
  Assignment,
  RubricCriterion,
  AssignmentDueDate,
  AssignmentExtension,
  Submission,
  SubmissionFile,
  Grade,
  ConfidentialKey,
  ConfidentialRetiredKey,
  ConfidentialSessionKey,
  ConfidentialThread,
  ConfidentialAddressee,
  ConfidentialReader,
  ConfidentialMessage,
  ConfidentialNote,
  ConfidentialAccessLog,
  ConfidentialAttachment,
  OutboxEvent,
  Delivery,
  Notification,
  NotificationPreference,
  NotificationSettings,
  Certificate,
  CertificationCounter,
  IssuerKey,
];
