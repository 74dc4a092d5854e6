import { graphql } from '../../gql';

export const CatalogueTracksDocument = graphql(`
  query CatalogueTracks {
    tracks {
      id
      code
      title
      status
      description
      requiresTrack {
        id
        title
      }
      modules {
        id
        status
      }
    }
  }
`);

export const TrackFieldsFragment = graphql(`
  fragment TrackFields on Track {
    id
    code
    title
    description
    targetAudience
    certificateValidityMonths
    status
    requiresTrackId
    requiresTrack {
      id
      title
    }
  }
`);

export const CatalogueTrackDocument = graphql(`
  query CatalogueTrack($id: ID!) {
    track(id: $id) {
      ...TrackFields
      modules {
        id
        title
        position
        status
        archivedAt
        studyHours
        accreditationPoints
        lessons {
          id
        }
        prerequisites {
          id
          title
        }
      }
    }
    tracks {
      id
      title
      code
    }
  }
`);

export const ModuleFieldsFragment = graphql(`
  fragment ModuleFields on Module {
    id
    trackId
    title
    summary
    position
    status
    archivedAt
    studyHours
    accreditationPoints
    learningGoals
    prerequisites {
      id
      title
    }
  }
`);

export const CatalogueModuleDocument = graphql(`
  query CatalogueModule($id: ID!) {
    module(id: $id) {
      ...ModuleFields
      track {
        id
        title
      }
      lessons {
        id
        title
        position
        videoUrl
        archivedAt
        attachments {
          id
        }
      }
    }
  }
`);

/** Every module of every track: the choices for a module's prerequisites. */
export const PrerequisiteOptionsDocument = graphql(`
  query PrerequisiteOptions {
    tracks {
      id
      code
      title
      modules {
        id
        title
        position
        status
        archivedAt
      }
    }
  }
`);

export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on StoredFile {
    id
    originalName
    mimeType
    size
    downloadPath
  }
`);

export const CatalogueLessonDocument = graphql(`
  query CatalogueLesson($id: ID!) {
    lesson(id: $id) {
      id
      moduleId
      title
      position
      body
      bodyHtml
      videoUrl
      archivedAt
      updatedAt
      attachments {
        ...AttachmentFields
      }
      module {
        id
        title
        status
        track {
          id
          title
        }
      }
    }
  }
`);

export const CreateTrackDocument = graphql(`
  mutation CreateTrack($input: CreateTrackInput!) {
    createTrack(input: $input) {
      ...TrackFields
    }
  }
`);

export const UpdateTrackDocument = graphql(`
  mutation UpdateTrack($input: UpdateTrackInput!) {
    updateTrack(input: $input) {
      ...TrackFields
    }
  }
`);

export const PublishTrackDocument = graphql(`
  mutation PublishTrack($id: ID!) {
    publishTrack(id: $id) {
      id
      status
    }
  }
`);

export const UnpublishTrackDocument = graphql(`
  mutation UnpublishTrack($id: ID!) {
    unpublishTrack(id: $id) {
      id
      status
    }
  }
`);

export const CreateModuleDocument = graphql(`
  mutation CreateModule($input: CreateModuleInput!) {
    createModule(input: $input) {
      ...ModuleFields
    }
  }
`);

export const UpdateModuleDocument = graphql(`
  mutation UpdateModule($input: UpdateModuleInput!) {
    updateModule(input: $input) {
      ...ModuleFields
    }
  }
`);

export const PublishModuleDocument = graphql(`
  mutation PublishModule($id: ID!) {
    publishModule(id: $id) {
      id
      status
    }
  }
`);

export const UnpublishModuleDocument = graphql(`
  mutation UnpublishModule($id: ID!) {
    unpublishModule(id: $id) {
      id
      status
    }
  }
`);

export const ArchiveModuleDocument = graphql(`
  mutation ArchiveModule($id: ID!) {
    archiveModule(id: $id) {
      id
      status
      archivedAt
    }
  }
`);

export const UnarchiveModuleDocument = graphql(`
  mutation UnarchiveModule($id: ID!) {
    unarchiveModule(id: $id) {
      id
      status
      archivedAt
    }
  }
`);

export const DeleteModuleDocument = graphql(`
  mutation DeleteModule($id: ID!) {
    deleteModule(id: $id)
  }
`);

export const ReorderModulesDocument = graphql(`
  mutation ReorderModules($input: ReorderInput!) {
    reorderModules(input: $input) {
      id
      position
    }
  }
`);

export const CreateLessonDocument = graphql(`
  mutation CreateLesson($input: CreateLessonInput!) {
    createLesson(input: $input) {
      id
      moduleId
    }
  }
`);

export const UpdateLessonDocument = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      title
      body
      bodyHtml
      videoUrl
      updatedAt
    }
  }
`);

export const DeleteLessonDocument = graphql(`
  mutation DeleteLesson($id: ID!) {
    deleteLesson(id: $id)
  }
`);

export const ArchiveLessonDocument = graphql(`
  mutation ArchiveLesson($id: ID!) {
    archiveLesson(id: $id) {
      id
      archivedAt
    }
  }
`);

export const UnarchiveLessonDocument = graphql(`
  mutation UnarchiveLesson($id: ID!) {
    unarchiveLesson(id: $id) {
      id
      archivedAt
    }
  }
`);

export const ReorderLessonsDocument = graphql(`
  mutation ReorderLessons($input: ReorderInput!) {
    reorderLessons(input: $input) {
      id
      position
    }
  }
`);

export const AttachFileToLessonDocument = graphql(`
  mutation AttachFileToLesson($lessonId: ID!, $fileId: ID!) {
    attachFileToLesson(lessonId: $lessonId, fileId: $fileId) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const DetachFileFromLessonDocument = graphql(`
  mutation DetachFileFromLesson($lessonId: ID!, $fileId: ID!) {
    detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) {
      id
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const TrackEnrollmentsDocument = graphql(`
  query TrackEnrollments($trackId: ID!, $page: PageInput) {
    track(id: $trackId) {
      id
      title
      status
    }
    enrollments(trackId: $trackId, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        status
        enrolledAt
        completedAt
        student {
          id
          name
          email
        }
      }
    }
  }
`);

export const FindStudentsDocument = graphql(`
  query FindStudents($search: String!) {
    users(filter: { search: $search }, page: { limit: 10 }) {
      totalCount
      items {
        id
        name
        email
        status
      }
    }
  }
`);

export const EnrollStudentDocument = graphql(`
  mutation EnrollStudent($input: EnrollStudentInput!) {
    enrollStudent(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawEnrollmentDocument = graphql(`
  mutation WithdrawEnrollment($id: ID!) {
    withdrawEnrollment(id: $id) {
      id
      status
    }
  }
`);

export const PreviewEnrollmentCsvDocument = graphql(`
  query PreviewEnrollmentCsv($input: PreviewEnrollmentCsvInput!) {
    previewEnrollmentCsv(input: $input) {
      canImport
      fileProblems {
        code
        line
        rowCount
        maxRows
      }
      validRowCount
      invalidRowCount
      previewHash
      rows {
        line
        email
        name
        discipline
        organisation
        action
        createsOrganisation
        problems {
          code
          field
          message
        }
        changes {
          field
          from
          to
          fromDiscipline {
            id
            nameNl
            nameEn
          }
          toDiscipline {
            id
            nameNl
            nameEn
          }
          currentRoles
        }
      }
    }
  }
`);

export const ImportEnrollmentCsvDocument = graphql(`
  mutation ImportEnrollmentCsv($input: ImportEnrollmentCsvInput!) {
    importEnrollmentCsv(input: $input) {
      enrolledCount
      invitedCount
      organisationsCreated
      changesApplied
      skippedCount
    }
  }
`);

export const IntakeRequestsDocument = graphql(`
  query IntakeRequests($handled: Boolean, $page: PageInput) {
    intakeRequests(handled: $handled, page: $page) {
      totalCount
      offset
      limit
      items {
        id
        createdAt
        name
        email
        phone
        organisation
        discipline
        trackInterest
        message
        handledAt
      }
    }
  }
`);

export const SetIntakeRequestHandledDocument = graphql(`
  mutation SetIntakeRequestHandled($id: ID!, $handled: Boolean!) {
    setIntakeRequestHandled(id: $id, handled: $handled) {
      id
      handledAt
    }
  }
`);
