import { graphql } from '../../gql';

export const LearningModuleCardFragment = graphql(`
  fragment LearningModuleCard on LearningModule {
    id
    trackId
    title
    summary
    position
    studyHours
    accreditationPoints
    locked
    completed
    progressPercent
    lessonCount
    lessonsCompleted
    nextLessonId
    preview
    unmetRequirements {
      reason
      subjectId
      subjectTitle
    }
    unlockedBy {
      id
      title
      completed
    }
  }
`);

export const LearningModuleDetailFragment = graphql(`
  fragment LearningModuleDetail on LearningModule {
    ...LearningModuleCard
    learningGoals
    lessons {
      id
      title
      position
      locked
      completed
      completedAt
    }
  }
`);

export const NextLessonFieldsFragment = graphql(`
  fragment NextLessonFields on NextLesson {
    lessonId
    lessonTitle
    moduleId
    moduleTitle
    trackId
  }
`);

export const MyLearningDocument = graphql(`
  query MyLearning {
    myLearning {
      continueLesson {
        ...NextLessonFields
      }
      enrollments {
        progressPercent
        completedModules
        totalModules
        enrollment {
          id
          status
          enrolledAt
          completedAt
        }
        track {
          id
          code
          title
          description
        }
        nextLesson {
          ...NextLessonFields
        }
        modules {
          ...LearningModuleCard
        }
      }
      otherTracks {
        canEnroll
        blockedReason
        track {
          id
          code
          title
          description
          targetAudience
        }
        requiresTrack {
          id
          title
        }
      }
    }
  }
`);

export const LearningModuleDocument = graphql(`
  query LearningModule($id: ID!) {
    learningModule(id: $id) {
      ...LearningModuleDetail
    }
  }
`);

export const LessonContentFragment = graphql(`
  fragment LessonContent on Lesson {
    id
    moduleId
    title
    position
    bodyHtml
    videoUrl
    completed
    attachments {
      id
      originalName
      mimeType
      size
      downloadPath
    }
  }
`);

export const LessonDocument = graphql(`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      ...LessonContent
    }
  }
`);

export const CompleteLessonDocument = graphql(`
  mutation CompleteLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      lessonId
      module {
        ...LearningModuleDetail
      }
      enrollment {
        progressPercent
        completedModules
        totalModules
      }
    }
  }
`);

export const EnrollInTrackDocument = graphql(`
  mutation EnrollInTrack($trackId: ID!) {
    enrollInTrack(trackId: $trackId) {
      id
      status
    }
  }
`);
