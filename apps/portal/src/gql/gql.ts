/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccreditationProfileFields on AccreditationProfile {\n    studentId\n    disciplineName\n    offeredRegisters {\n      code\n      example\n    }\n    registrations {\n      register\n      number\n      updatedAt\n    }\n    points {\n      year\n      register\n      points\n      registered\n      modules {\n        moduleId\n        moduleTitle\n        earnedOn\n        points\n      }\n    }\n  }\n": typeof types.AccreditationProfileFieldsFragmentDoc,
    "\n  query MyAccreditation {\n    accreditation {\n      ...AccreditationProfileFields\n    }\n  }\n": typeof types.MyAccreditationDocument,
    "\n  mutation RecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n": typeof types.RecordRegistrationDocument,
    "\n  mutation RemoveRegistration($input: RemoveRegistrationInput!) {\n    removeRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n": typeof types.RemoveRegistrationDocument,
    "\n  query AccreditationRegisters {\n    registers {\n      code\n    }\n  }\n": typeof types.AccreditationRegistersDocument,
    "\n  query AccreditationExport($input: AccreditationExportInput!) {\n    accreditationExport(input: $input) {\n      register\n      from\n      to\n      fileName\n      csv\n      rowCount\n      totalPoints\n      editions {\n        cohortId\n        cohortName\n        trackTitle\n        startsOn\n        endsOn\n        numbers\n        count\n      }\n      missing {\n        studentId\n        name\n        email\n        modules\n        points\n      }\n    }\n  }\n": typeof types.AccreditationExportDocument,
    "\n  query ModuleRegisterPoints($moduleId: ID!) {\n    registers {\n      code\n    }\n    moduleRegisterPoints(moduleId: $moduleId) {\n      register\n      points\n    }\n  }\n": typeof types.ModuleRegisterPointsDocument,
    "\n  mutation SetModuleRegisterPoints($input: SetModuleRegisterPointsInput!) {\n    setModuleRegisterPoints(input: $input) {\n      register\n      points\n    }\n  }\n": typeof types.SetModuleRegisterPointsDocument,
    "\n  query AccreditationDisciplines {\n    disciplines {\n      id\n      nameNl\n      nameEn\n    }\n    registers {\n      code\n    }\n  }\n": typeof types.AccreditationDisciplinesDocument,
    "\n  query DisciplineRegisters($disciplineId: ID!) {\n    registers(disciplineId: $disciplineId) {\n      code\n    }\n  }\n": typeof types.DisciplineRegistersDocument,
    "\n  mutation SetDisciplineRegisters($input: SetDisciplineRegistersInput!) {\n    setDisciplineRegisters(input: $input) {\n      code\n    }\n  }\n": typeof types.SetDisciplineRegistersDocument,
    "\n  fragment RubricFields on Rubric {\n    maxPoints\n    passRule\n    passMinPoints\n    criteria {\n      id\n      position\n      title\n      description\n      kind\n      maxPoints\n      levels {\n        label\n        description\n        points\n      }\n    }\n  }\n": typeof types.RubricFieldsFragmentDoc,
    "\n  fragment SubmissionFileFields on StoredFile {\n    id\n    originalName\n    size\n    downloadPath\n  }\n": typeof types.SubmissionFileFieldsFragmentDoc,
    "\n  fragment ReleasedGradeFields on Grade {\n    id\n    passed\n    totalPoints\n    feedbackHtml\n    releasedAt\n    scores {\n      criterionId\n      points\n    }\n  }\n": typeof types.ReleasedGradeFieldsFragmentDoc,
    "\n  fragment StudentSubmissionFields on Submission {\n    id\n    assignmentId\n    attempt\n    status\n    text\n    version\n    late\n    awaitingGrade\n    submittedAt\n    updatedAt\n    revisionCommentHtml\n    revisionRequestedAt\n    files {\n      ...SubmissionFileFields\n    }\n    grade {\n      ...ReleasedGradeFields\n    }\n  }\n": typeof types.StudentSubmissionFieldsFragmentDoc,
    "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    moduleId\n    title\n    maxAttempts\n    myDueAt\n    mySubmissions {\n      id\n      attempt\n      status\n      late\n      submittedAt\n      updatedAt\n      grade {\n        id\n        passed\n      }\n    }\n  }\n": typeof types.AssignmentSummaryFieldsFragmentDoc,
    "\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...AssignmentSummaryFields\n    }\n  }\n": typeof types.ModuleAssignmentsDocument,
    "\n  query MyAssignments {\n    myAssignments {\n      ...AssignmentSummaryFields\n      module {\n        id\n        title\n        position\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  query MyAssignment($id: ID!) {\n    assignment(id: $id) {\n      id\n      title\n      instructionsHtml\n      submissionKind\n      allowedFileTypes\n      maxFileBytes\n      maxFiles\n      maxAttempts\n      myDueAt\n      myHandIn {\n        canWrite\n        reason\n        nextAttempt\n      }\n      module {\n        id\n        title\n      }\n      rubric {\n        ...RubricFields\n      }\n      mySubmissions {\n        ...StudentSubmissionFields\n      }\n    }\n  }\n": typeof types.MyAssignmentDocument,
    "\n  query MyAttempt($id: ID!) {\n    submission(id: $id) {\n      ...StudentSubmissionFields\n      assignment {\n        id\n        title\n        maxAttempts\n        rubric {\n          ...RubricFields\n        }\n      }\n    }\n  }\n": typeof types.MyAttemptDocument,
    "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n": typeof types.SaveSubmissionDraftDocument,
    "\n  mutation SubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n": typeof types.SubmitSubmissionDocument,
    "\n  query AssignmentLimits {\n    assignmentLimits {\n      maxUploadBytes\n      fileTypes\n      maxFilesPerSubmission\n      maxAttempts\n      maxCriteria\n      maxLevels\n    }\n  }\n": typeof types.AssignmentLimitsDocument,
    "\n  fragment AuthoringAssignmentFields on Assignment {\n    id\n    moduleId\n    title\n    instructions\n    submissionKind\n    allowedFileTypes\n    maxFileBytes\n    passRule\n    passMinPoints\n    maxAttempts\n    anonymousGrading\n    doubleMarking\n    doubleMarkingThreshold\n    updatedAt\n    rubric {\n      ...RubricFields\n    }\n  }\n": typeof types.AuthoringAssignmentFieldsFragmentDoc,
    "\n  query AuthoringModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      id\n      title\n      maxAttempts\n      rubric {\n        maxPoints\n        criteria {\n          id\n        }\n      }\n      dueDates {\n        cohortId\n      }\n    }\n  }\n": typeof types.AuthoringModuleAssignmentsDocument,
    "\n  query AuthoringAssignment($id: ID!) {\n    assignment(id: $id) {\n      ...AuthoringAssignmentFields\n      module {\n        id\n        title\n        trackId\n        track {\n          id\n          title\n        }\n      }\n      dueDates {\n        cohortId\n        dueAt\n      }\n    }\n  }\n": typeof types.AuthoringAssignmentDocument,
    "\n  query AuthoringModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      track {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AuthoringModuleDocument,
    "\n  query TrackCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        status\n      }\n    }\n  }\n": typeof types.TrackCohortsDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n": typeof types.UpdateAssignmentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n": typeof types.DeleteAssignmentDocument,
    "\n  mutation SetAssignmentDueDate($input: SetAssignmentDueDateInput!) {\n    setAssignmentDueDate(input: $input) {\n      assignmentId\n      cohortId\n      dueAt\n    }\n  }\n": typeof types.SetAssignmentDueDateDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CatalogueTracks {\n    tracks {\n      id\n      code\n      title\n      status\n      description\n      requiresTrack {\n        id\n        title\n      }\n      modules {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CatalogueTracksDocument,
    "\n  fragment TrackFields on Track {\n    id\n    code\n    title\n    description\n    targetAudience\n    certificateValidityMonths\n    status\n    requiresTrackId\n    requiresTrack {\n      id\n      title\n    }\n  }\n": typeof types.TrackFieldsFragmentDoc,
    "\n  query CatalogueTrack($id: ID!) {\n    track(id: $id) {\n      ...TrackFields\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n        studyHours\n        accreditationPoints\n        lessons {\n          id\n        }\n        prerequisites {\n          id\n          title\n        }\n      }\n    }\n    tracks {\n      id\n      title\n      code\n    }\n  }\n": typeof types.CatalogueTrackDocument,
    "\n  fragment ModuleFields on Module {\n    id\n    trackId\n    title\n    summary\n    position\n    status\n    archivedAt\n    studyHours\n    accreditationPoints\n    learningGoals\n    prerequisites {\n      id\n      title\n    }\n  }\n": typeof types.ModuleFieldsFragmentDoc,
    "\n  query CatalogueModule($id: ID!) {\n    module(id: $id) {\n      ...ModuleFields\n      track {\n        id\n        title\n      }\n      lessons {\n        id\n        title\n        position\n        videoUrl\n        archivedAt\n        attachments {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CatalogueModuleDocument,
    "\n  query PrerequisiteOptions {\n    tracks {\n      id\n      code\n      title\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n      }\n    }\n  }\n": typeof types.PrerequisiteOptionsDocument,
    "\n  fragment AttachmentFields on StoredFile {\n    id\n    originalName\n    mimeType\n    size\n    downloadPath\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  query CatalogueLesson($id: ID!) {\n    lesson(id: $id) {\n      id\n      moduleId\n      title\n      position\n      body\n      bodyHtml\n      videoUrl\n      archivedAt\n      updatedAt\n      attachments {\n        ...AttachmentFields\n      }\n      module {\n        id\n        title\n        status\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CatalogueLessonDocument,
    "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n": typeof types.CreateTrackDocument,
    "\n  mutation UpdateTrack($input: UpdateTrackInput!) {\n    updateTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n": typeof types.UpdateTrackDocument,
    "\n  mutation PublishTrack($id: ID!) {\n    publishTrack(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishTrackDocument,
    "\n  mutation UnpublishTrack($id: ID!) {\n    unpublishTrack(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnpublishTrackDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n": typeof types.CreateModuleDocument,
    "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n": typeof types.UpdateModuleDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishModuleDocument,
    "\n  mutation UnpublishModule($id: ID!) {\n    unpublishModule(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnpublishModuleDocument,
    "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n": typeof types.ArchiveModuleDocument,
    "\n  mutation UnarchiveModule($id: ID!) {\n    unarchiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveModuleDocument,
    "\n  mutation DeleteModule($id: ID!) {\n    deleteModule(id: $id)\n  }\n": typeof types.DeleteModuleDocument,
    "\n  mutation ReorderModules($input: ReorderInput!) {\n    reorderModules(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderModulesDocument,
    "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      moduleId\n    }\n  }\n": typeof types.CreateLessonDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      videoUrl\n      updatedAt\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  mutation DeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n": typeof types.DeleteLessonDocument,
    "\n  mutation ArchiveLesson($id: ID!) {\n    archiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveLessonDocument,
    "\n  mutation UnarchiveLesson($id: ID!) {\n    unarchiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveLessonDocument,
    "\n  mutation ReorderLessons($input: ReorderInput!) {\n    reorderLessons(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderLessonsDocument,
    "\n  mutation AttachFileToLesson($lessonId: ID!, $fileId: ID!) {\n    attachFileToLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": typeof types.AttachFileToLessonDocument,
    "\n  mutation DetachFileFromLesson($lessonId: ID!, $fileId: ID!) {\n    detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": typeof types.DetachFileFromLessonDocument,
    "\n  query TrackEnrollments($trackId: ID!, $page: PageInput) {\n    track(id: $trackId) {\n      id\n      title\n      status\n    }\n    enrollments(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        status\n        enrolledAt\n        completedAt\n        student {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TrackEnrollmentsDocument,
    "\n  query FindStudents($search: String!) {\n    users(filter: { search: $search }, page: { limit: 10 }) {\n      totalCount\n      items {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": typeof types.FindStudentsDocument,
    "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EnrollStudentDocument,
    "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  query PreviewEnrollmentCsv($input: PreviewEnrollmentCsvInput!) {\n    previewEnrollmentCsv(input: $input) {\n      canImport\n      fileProblems {\n        code\n        line\n        rowCount\n        maxRows\n      }\n      validRowCount\n      invalidRowCount\n      previewHash\n      rows {\n        line\n        email\n        name\n        discipline\n        organisation\n        action\n        createsOrganisation\n        problems {\n          code\n          field\n          message\n        }\n        changes {\n          field\n          from\n          to\n          fromDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          toDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          currentRoles\n        }\n      }\n    }\n  }\n": typeof types.PreviewEnrollmentCsvDocument,
    "\n  mutation ImportEnrollmentCsv($input: ImportEnrollmentCsvInput!) {\n    importEnrollmentCsv(input: $input) {\n      enrolledCount\n      invitedCount\n      organisationsCreated\n      changesApplied\n      skippedCount\n    }\n  }\n": typeof types.ImportEnrollmentCsvDocument,
    "\n  query IntakeRequests($handled: Boolean, $page: PageInput) {\n    intakeRequests(handled: $handled, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        createdAt\n        name\n        email\n        phone\n        organisation\n        discipline\n        trackInterest\n        message\n        handledAt\n      }\n    }\n  }\n": typeof types.IntakeRequestsDocument,
    "\n  mutation SetIntakeRequestHandled($id: ID!, $handled: Boolean!) {\n    setIntakeRequestHandled(id: $id, handled: $handled) {\n      id\n      handledAt\n    }\n  }\n": typeof types.SetIntakeRequestHandledDocument,
    "\n  query UploadLimits($purpose: String) {\n    uploadLimits {\n      maxBytes\n      allowedTypes(purpose: $purpose)\n    }\n  }\n": typeof types.UploadLimitsDocument,
    "\n  query CertificationCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CertificationCohortsDocument,
    "\n  mutation IssueCohortCertificates($input: IssueCohortCertificatesInput!) {\n    issueCohortCertificates(input: $input) {\n      id\n      cohortId\n      cohortName\n      status\n      total\n      issued\n      alreadyCertified\n      notEligible\n      processed\n      percent\n      running\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.IssueCohortCertificatesDocument,
    "\n  query CertificateBatches($cohortId: ID, $page: PageInput) {\n    certificateBatches(cohortId: $cohortId, page: $page) {\n      totalCount\n      items {\n        id\n        cohortId\n        cohortName\n        status\n        total\n        issued\n        alreadyCertified\n        notEligible\n        processed\n        percent\n        running\n        createdAt\n        finishedAt\n      }\n    }\n  }\n": typeof types.CertificateBatchesDocument,
    "\n  query ExpiringCertificates($expiringFrom: DateTime!, $expiringUntil: DateTime!, $page: PageInput) {\n    certificates(expiringFrom: $expiringFrom, expiringUntil: $expiringUntil, page: $page) {\n      totalCount\n      items {\n        id\n        number\n        holderName\n        trackTitle\n        expiresAt\n        verifyUrl\n      }\n    }\n  }\n": typeof types.ExpiringCertificatesDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      trackTitle\n      status\n      issuedAt\n      expiresAt\n      revokedAt\n      accreditationPoints\n      verifyUrl\n      pdfDownloadPath\n      credentialDownloadPath\n      replacedByNumber\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      number\n      holderName\n      trackTitle\n      issuedAt\n      expiresAt\n      accreditationPoints\n      signatoryName\n      status\n      revokedAt\n      replacedByNumber\n      uploadMaxBytes\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query CertificationTracks {\n    tracks {\n      id\n      code\n      title\n    }\n  }\n": typeof types.CertificationTracksDocument,
    "\n  query CertificateEligibility($trackId: ID, $page: PageInput) {\n    certificateEligibility(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        studentId\n        studentName\n        studentEmail\n        eligible\n        missingModules\n        missingLessons\n        unmetRequirements\n        requiredTrack\n        noModules\n        accreditationPoints\n        certificateNumber\n      }\n    }\n  }\n": typeof types.CertificateEligibilityDocument,
    "\n  query TrackCertificates($trackId: ID, $page: PageInput) {\n    certificates(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        number\n        holderName\n        status\n        issuedAt\n        expiresAt\n        revokedAt\n        revocationReason\n        replacedByNumber\n        pdfDownloadPath\n        verifyUrl\n      }\n    }\n  }\n": typeof types.TrackCertificatesDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  query VerifyCredential($credential: String!) {\n    verifyCredential(credential: $credential) {\n      authentic\n      valid\n      certificate {\n        number\n        status\n      }\n    }\n  }\n": typeof types.VerifyCredentialDocument,
    "\n  fragment CohortPersonFields on CohortPerson {\n    id\n    name\n    email\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.CohortPersonFieldsFragmentDoc,
    "\n  fragment CohortMeetingFields on CohortMeeting {\n    id\n    startsAt\n    endsAt\n    topic\n    place\n    onlineUrl\n  }\n": typeof types.CohortMeetingFieldsFragmentDoc,
    "\n  fragment CohortRow on Cohort {\n    id\n    name\n    startsOn\n    endsOn\n    mode\n    status\n    studentCount\n    track {\n      id\n      code\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    docents {\n      id\n      name\n    }\n  }\n": typeof types.CohortRowFragmentDoc,
    "\n  fragment CohortDetail on Cohort {\n    ...CohortRow\n    proposalId\n    docents {\n      ...CohortPersonFields\n    }\n    students {\n      ...CohortPersonFields\n    }\n    meetings {\n      ...CohortMeetingFields\n    }\n  }\n": typeof types.CohortDetailFragmentDoc,
    "\n  query CohortTracks {\n    tracks {\n      id\n      code\n      title\n      status\n    }\n  }\n": typeof types.CohortTracksDocument,
    "\n  query Cohorts($filter: CohortsFilterInput, $page: PageInput) {\n    cohorts(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...CohortRow\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetail\n    }\n  }\n": typeof types.CohortDocument,
    "\n  query MyCohorts {\n    myCohorts {\n      ...CohortDetail\n    }\n  }\n": typeof types.MyCohortsDocument,
    "\n  query CohortDocentOptions {\n    users(filter: { role: DOCENT, status: ACTIVE }, page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.CohortDocentOptionsDocument,
    "\n  query CohortOrganisations {\n    organisations(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortOrganisationsDocument,
    "\n  query CohortPool($trackId: ID!, $organisationId: ID) {\n    cohortPool(trackId: $trackId, organisationId: $organisationId) {\n      trackId\n      size\n      students {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n        discipline {\n          id\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.CohortPoolDocument,
    "\n  fragment CohortProposalFields on CohortProposal {\n    id\n    status\n    createdAt\n    committedAt\n    trackId\n    track {\n      id\n      code\n      title\n    }\n    mode\n    organisationId\n    organisation {\n      id\n      name\n    }\n    chosenPool\n    poolSize\n    minSize\n    maxSize\n    groupCount\n    seed\n    score\n    bound\n    gap\n    pins {\n      studentId\n      groupIndex\n    }\n    together {\n      a\n      b\n    }\n    apart {\n      a\n      b\n    }\n    poolDisciplineCounts {\n      count\n      disciplineId\n      discipline {\n        id\n        nameNl\n        nameEn\n      }\n    }\n    groups {\n      index\n      size\n      distinctDisciplines\n      largestDisciplineShare\n      organisationDuplicates\n      score\n      members {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n      }\n    }\n    problems {\n      reason\n      groupIndex\n      studentIds\n      message\n    }\n  }\n": typeof types.CohortProposalFieldsFragmentDoc,
    "\n  query CohortProposal($id: ID!) {\n    cohortProposal(id: $id) {\n      ...CohortProposalFields\n    }\n  }\n": typeof types.CohortProposalDocument,
    "\n  mutation ProposeCohorts($input: ProposeCohortsInput!) {\n    proposeCohorts(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n": typeof types.ProposeCohortsDocument,
    "\n  mutation MoveProposalStudent($input: MoveProposalStudentInput!) {\n    moveProposalStudent(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n": typeof types.MoveProposalStudentDocument,
    "\n  mutation CommitCohortProposal($input: CommitCohortProposalInput!) {\n    commitCohortProposal(input: $input) {\n      cohorts {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommitCohortProposalDocument,
    "\n  mutation DiscardCohortProposal($id: ID!) {\n    discardCohortProposal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DiscardCohortProposalDocument,
    "\n  mutation AddCohortDocent($input: CohortMembershipInput!) {\n    addCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n": typeof types.AddCohortDocentDocument,
    "\n  mutation RemoveCohortDocent($input: CohortMembershipInput!) {\n    removeCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n": typeof types.RemoveCohortDocentDocument,
    "\n  mutation AddCohortMeeting($input: AddCohortMeetingInput!) {\n    addCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n": typeof types.AddCohortMeetingDocument,
    "\n  mutation UpdateCohortMeeting($input: UpdateCohortMeetingInput!) {\n    updateCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n": typeof types.UpdateCohortMeetingDocument,
    "\n  mutation RemoveCohortMeeting($id: ID!) {\n    removeCohortMeeting(id: $id) {\n      ...CohortDetail\n    }\n  }\n": typeof types.RemoveCohortMeetingDocument,
    "\n  fragment ConfidentialSummaryFields on ConfidentialThreadSummary {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    unread\n    overdue\n    deleteAfter\n  }\n": typeof types.ConfidentialSummaryFieldsFragmentDoc,
    "\n  fragment ConfidentialThreadFields on ConfidentialThreadView {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    deleteAfter\n    overdue\n    version\n    writerKind\n    writerName\n    readers {\n      id\n      name\n    }\n    messages {\n      id\n      author\n      authorName\n      body\n      createdAt\n      readAt\n      mine\n    }\n    attachments {\n      id\n      name\n      size\n      author\n      createdAt\n    }\n    attachmentLimits {\n      maxBytes\n      maxFiles\n      allowedTypes\n    }\n    canAttach\n    notes {\n      id\n      authorName\n      body\n      createdAt\n    }\n    accessLog {\n      confidantName\n      openedAt\n    }\n    retentionDays\n    canHandle\n    canDelete\n  }\n": typeof types.ConfidentialThreadFieldsFragmentDoc,
    "\n  query Confidants {\n    confidants {\n      id\n      name\n    }\n  }\n": typeof types.ConfidantsDocument,
    "\n  query MyConfidentialThreads($page: PageInput) {\n    myConfidentialThreads(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n": typeof types.MyConfidentialThreadsDocument,
    "\n  query ConfidentialInbox($page: PageInput) {\n    confidentialInbox(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n": typeof types.ConfidentialInboxDocument,
    "\n  query ConfidentialThread($id: ID!) {\n    confidentialThread(id: $id) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.ConfidentialThreadDocument,
    "\n  query ConfidentialThreadByReceipt($receipt: String!) {\n    confidentialThreadByReceipt(receipt: $receipt) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.ConfidentialThreadByReceiptDocument,
    "\n  query ConfidantWorkspace {\n    confidantWorkspace {\n      recoveryKeyRequired\n      hasRecoveryKey\n      awaitingGrant\n      pendingGrants {\n        confidant {\n          id\n          name\n        }\n        threadCount\n      }\n      deletionNotices {\n        threadId\n        subject\n        deleteAfter\n      }\n    }\n  }\n": typeof types.ConfidantWorkspaceDocument,
    "\n  query ConfidentialFigures($year: Int!) {\n    confidentialFigures(year: $year) {\n      year\n      byMonth {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byWriterKind {\n        key\n        count\n      }\n      medianHoursToFirstAnswer\n    }\n  }\n": typeof types.ConfidentialFiguresDocument,
    "\n  mutation StartConfidentialThread($input: StartConfidentialThreadInput!) {\n    startConfidentialThread(input: $input) {\n      receipt\n      thread {\n        ...ConfidentialThreadFields\n      }\n    }\n  }\n": typeof types.StartConfidentialThreadDocument,
    "\n  mutation ReplyToConfidentialThread($input: ReplyToConfidentialThreadInput!) {\n    replyToConfidentialThread(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.ReplyToConfidentialThreadDocument,
    "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.ReplyByReceiptDocument,
    "\n  mutation SetConfidentialThreadStatus($input: SetConfidentialThreadStatusInput!) {\n    setConfidentialThreadStatus(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.SetConfidentialThreadStatusDocument,
    "\n  mutation AddConfidentialNote($input: AddConfidentialNoteInput!) {\n    addConfidentialNote(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.AddConfidentialNoteDocument,
    "\n  mutation SetConfidentialRetention($input: SetConfidentialRetentionInput!) {\n    setConfidentialRetention(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": typeof types.SetConfidentialRetentionDocument,
    "\n  mutation DeleteConfidentialThread($id: ID!) {\n    deleteConfidentialThread(id: $id)\n  }\n": typeof types.DeleteConfidentialThreadDocument,
    "\n  mutation GrantConfidentialAccess($confidantId: ID!) {\n    grantConfidentialAccess(confidantId: $confidantId)\n  }\n": typeof types.GrantConfidentialAccessDocument,
    "\n  mutation CreateConfidentialRecoveryKey {\n    createConfidentialRecoveryKey\n  }\n": typeof types.CreateConfidentialRecoveryKeyDocument,
    "\n  mutation RecoverConfidentialKeys($recoveryKey: String!) {\n    recoverConfidentialKeys(recoveryKey: $recoveryKey)\n  }\n": typeof types.RecoverConfidentialKeysDocument,
    "\n  query MyDashboard {\n    myDashboard {\n      unreadNotifications {\n        totalCount\n        items {\n          id\n          kind\n          link\n          createdAt\n          params {\n            name\n            value\n          }\n        }\n      }\n      student {\n        continueLesson {\n          lessonId\n          lessonTitle\n          moduleId\n          moduleTitle\n        }\n        dueSoon {\n          days\n          totalCount\n          items {\n            dueAt\n            extended\n            assignment {\n              id\n              title\n              module {\n                id\n                title\n              }\n              mySubmissions {\n                id\n                attempt\n                status\n                late\n                grade {\n                  id\n                  passed\n                }\n              }\n            }\n          }\n        }\n        latestFeedback {\n          id\n          attempt\n          assignment {\n            id\n            title\n          }\n          grade {\n            id\n            passed\n            feedbackHtml\n            releasedAt\n          }\n        }\n      }\n      docent {\n        waitingForGrading {\n          totalWaiting\n          entries {\n            cohortId\n            cohortName\n            assignmentId\n            assignmentTitle\n            waiting\n            oldestSubmittedAt\n          }\n        }\n      }\n      admin {\n        openIntakeRequests {\n          totalCount\n          items {\n            id\n            name\n            organisation\n            createdAt\n          }\n        }\n        openProposals {\n          totalCount\n          items {\n            id\n            trackTitle\n            groupCount\n            studentCount\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDashboardDocument,
    "\n  fragment GradeFields on Grade {\n    id\n    markerRole\n    status\n    agreed\n    passed\n    totalPoints\n    feedback\n    feedbackHtml\n    version\n    releasedAt\n    updatedAt\n    scores {\n      criterionId\n      points\n    }\n    marker {\n      id\n      name\n    }\n  }\n": typeof types.GradeFieldsFragmentDoc,
    "\n  fragment ExtensionFields on AssignmentExtension {\n    assignmentId\n    studentId\n    dueAt\n    reason\n    updatedAt\n  }\n": typeof types.ExtensionFieldsFragmentDoc,
    "\n  query GradingFilters {\n    myCohorts {\n      id\n      name\n      track {\n        id\n        title\n        modules {\n          id\n          title\n          assignments {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.GradingFiltersDocument,
    "\n  query GradingQueue($filter: GradingQueueFilterInput, $page: PageInput) {\n    gradingQueue(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        attempt\n        status\n        late\n        submittedAt\n        authorName\n        anonymised\n        releasable\n        gradingState\n        assignment {\n          id\n          title\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GradingQueueDocument,
    "\n  query GradingSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      text\n      late\n      submittedAt\n      authorName\n      anonymised\n      author {\n        id\n      }\n      awaitingGrade\n      releasable\n      canRequestRevision\n      gradingState\n      myGrade {\n        ...GradeFields\n      }\n      revisionCommentHtml\n      revisionRequestedAt\n      files {\n        ...SubmissionFileFields\n      }\n      extension {\n        ...ExtensionFields\n      }\n      previousAttempts {\n        id\n        attempt\n        status\n        text\n        late\n        submittedAt\n        revisionCommentHtml\n        revisionRequestedAt\n        files {\n          ...SubmissionFileFields\n        }\n        grade {\n          ...GradeFields\n        }\n      }\n      cohort {\n        id\n        name\n      }\n      assignment {\n        id\n        title\n        dueDates {\n          cohortId\n          dueAt\n        }\n        instructionsHtml\n        submissionKind\n        maxAttempts\n        anonymousGrading\n        doubleMarking\n        doubleMarkingThreshold\n        module {\n          id\n          title\n        }\n        rubric {\n          ...RubricFields\n        }\n      }\n      grades {\n        ...GradeFields\n      }\n    }\n  }\n": typeof types.GradingSubmissionDocument,
    "\n  mutation SaveGrade($input: SaveGradeInput!) {\n    saveGrade(input: $input) {\n      ...GradeFields\n    }\n  }\n": typeof types.SaveGradeDocument,
    "\n  query RubricVerdict($input: RubricVerdictInput!) {\n    rubricVerdict(input: $input) {\n      totalPoints\n      maxPoints\n      passed\n      complete\n    }\n  }\n": typeof types.RubricVerdictDocument,
    "\n  mutation ReleaseGrades($submissionIds: [ID!]!) {\n    releaseGrades(submissionIds: $submissionIds) {\n      id\n      status\n    }\n  }\n": typeof types.ReleaseGradesDocument,
    "\n  mutation RequestRevision($input: RequestRevisionInput!) {\n    requestRevision(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRevisionDocument,
    "\n  mutation GrantExtension($input: GrantExtensionInput!) {\n    grantExtension(input: $input) {\n      ...ExtensionFields\n    }\n  }\n": typeof types.GrantExtensionDocument,
    "\n  mutation RevokeExtension($input: RevokeExtensionInput!) {\n    revokeExtension(input: $input)\n  }\n": typeof types.RevokeExtensionDocument,
    "\n  query AssignmentCohortOverview($assignmentId: ID!, $cohortId: ID!) {\n    assignment(id: $assignmentId) {\n      id\n      title\n    }\n    assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {\n      assignmentId\n      cohortId\n      cohortName\n      cohortDueAt\n      anonymousGrading\n      students {\n        studentId\n        studentName\n        attemptsHidden\n        attempts\n        latestStatus\n        latestSubmissionId\n        late\n        effectiveDueAt\n        extension {\n          ...ExtensionFields\n        }\n      }\n    }\n  }\n": typeof types.AssignmentCohortOverviewDocument,
    "\n  fragment LearningModuleCard on LearningModule {\n    id\n    trackId\n    title\n    summary\n    position\n    studyHours\n    accreditationPoints\n    locked\n    completed\n    progressPercent\n    lessonCount\n    lessonsCompleted\n    nextLessonId\n    preview\n    unmetRequirements {\n      kind\n      subjectId\n      title\n    }\n    unlockedBy {\n      id\n      title\n      completed\n    }\n  }\n": typeof types.LearningModuleCardFragmentDoc,
    "\n  fragment LearningModuleDetail on LearningModule {\n    ...LearningModuleCard\n    learningGoals\n    lessons {\n      id\n      title\n      position\n      locked\n      completed\n      completedAt\n    }\n  }\n": typeof types.LearningModuleDetailFragmentDoc,
    "\n  fragment NextLessonFields on NextLesson {\n    lessonId\n    lessonTitle\n    moduleId\n    moduleTitle\n    trackId\n  }\n": typeof types.NextLessonFieldsFragmentDoc,
    "\n  query MyLearning {\n    myLearning {\n      continueLesson {\n        ...NextLessonFields\n      }\n      enrollments {\n        progressPercent\n        completedModules\n        totalModules\n        enrollment {\n          id\n          status\n          enrolledAt\n          completedAt\n        }\n        track {\n          id\n          code\n          title\n          description\n        }\n        nextLesson {\n          ...NextLessonFields\n        }\n        modules {\n          ...LearningModuleCard\n        }\n      }\n      otherTracks {\n        canEnroll\n        blockedReason\n        track {\n          id\n          code\n          title\n          description\n          targetAudience\n        }\n        requiresTrack {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyLearningDocument,
    "\n  query LearningModule($id: ID!) {\n    learningModule(id: $id) {\n      ...LearningModuleDetail\n    }\n  }\n": typeof types.LearningModuleDocument,
    "\n  fragment LessonContent on Lesson {\n    id\n    moduleId\n    title\n    position\n    bodyHtml\n    videoUrl\n    completed\n    attachments {\n      id\n      originalName\n      mimeType\n      size\n      downloadPath\n    }\n  }\n": typeof types.LessonContentFragmentDoc,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonContent\n    }\n  }\n": typeof types.LessonDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      module {\n        ...LearningModuleDetail\n      }\n      enrollment {\n        progressPercent\n        completedModules\n        totalModules\n      }\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  mutation EnrollInTrack($trackId: ID!) {\n    enrollInTrack(trackId: $trackId) {\n      id\n      status\n    }\n  }\n": typeof types.EnrollInTrackDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput, $unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(page: $page, unreadOnly: $unreadOnly) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        kind\n        link\n        createdAt\n        readAt\n        params {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailMode!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetDigestHour($hour: Int!) {\n    setDigestHour(hour: $hour) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.SetDigestHourDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query PublicCatalogue {\n    publicCatalogue {\n      id\n      code\n      title\n      description\n      targetAudience\n      certificateValidityMonths\n      requiresTrackCode\n      requiresTrackTitle\n      totalStudyHours\n      totalAccreditationPoints\n      modules {\n        id\n        title\n        summary\n        position\n        studyHours\n        accreditationPoints\n        lessonCount\n      }\n    }\n  }\n": typeof types.PublicCatalogueDocument,
    "\n  mutation SubmitIntakeRequest($input: SubmitIntakeRequestInput!) {\n    submitIntakeRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitIntakeRequestDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ResendInvitationDocument,
};
const documents: Documents = {
    "\n  fragment AccreditationProfileFields on AccreditationProfile {\n    studentId\n    disciplineName\n    offeredRegisters {\n      code\n      example\n    }\n    registrations {\n      register\n      number\n      updatedAt\n    }\n    points {\n      year\n      register\n      points\n      registered\n      modules {\n        moduleId\n        moduleTitle\n        earnedOn\n        points\n      }\n    }\n  }\n": types.AccreditationProfileFieldsFragmentDoc,
    "\n  query MyAccreditation {\n    accreditation {\n      ...AccreditationProfileFields\n    }\n  }\n": types.MyAccreditationDocument,
    "\n  mutation RecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n": types.RecordRegistrationDocument,
    "\n  mutation RemoveRegistration($input: RemoveRegistrationInput!) {\n    removeRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n": types.RemoveRegistrationDocument,
    "\n  query AccreditationRegisters {\n    registers {\n      code\n    }\n  }\n": types.AccreditationRegistersDocument,
    "\n  query AccreditationExport($input: AccreditationExportInput!) {\n    accreditationExport(input: $input) {\n      register\n      from\n      to\n      fileName\n      csv\n      rowCount\n      totalPoints\n      editions {\n        cohortId\n        cohortName\n        trackTitle\n        startsOn\n        endsOn\n        numbers\n        count\n      }\n      missing {\n        studentId\n        name\n        email\n        modules\n        points\n      }\n    }\n  }\n": types.AccreditationExportDocument,
    "\n  query ModuleRegisterPoints($moduleId: ID!) {\n    registers {\n      code\n    }\n    moduleRegisterPoints(moduleId: $moduleId) {\n      register\n      points\n    }\n  }\n": types.ModuleRegisterPointsDocument,
    "\n  mutation SetModuleRegisterPoints($input: SetModuleRegisterPointsInput!) {\n    setModuleRegisterPoints(input: $input) {\n      register\n      points\n    }\n  }\n": types.SetModuleRegisterPointsDocument,
    "\n  query AccreditationDisciplines {\n    disciplines {\n      id\n      nameNl\n      nameEn\n    }\n    registers {\n      code\n    }\n  }\n": types.AccreditationDisciplinesDocument,
    "\n  query DisciplineRegisters($disciplineId: ID!) {\n    registers(disciplineId: $disciplineId) {\n      code\n    }\n  }\n": types.DisciplineRegistersDocument,
    "\n  mutation SetDisciplineRegisters($input: SetDisciplineRegistersInput!) {\n    setDisciplineRegisters(input: $input) {\n      code\n    }\n  }\n": types.SetDisciplineRegistersDocument,
    "\n  fragment RubricFields on Rubric {\n    maxPoints\n    passRule\n    passMinPoints\n    criteria {\n      id\n      position\n      title\n      description\n      kind\n      maxPoints\n      levels {\n        label\n        description\n        points\n      }\n    }\n  }\n": types.RubricFieldsFragmentDoc,
    "\n  fragment SubmissionFileFields on StoredFile {\n    id\n    originalName\n    size\n    downloadPath\n  }\n": types.SubmissionFileFieldsFragmentDoc,
    "\n  fragment ReleasedGradeFields on Grade {\n    id\n    passed\n    totalPoints\n    feedbackHtml\n    releasedAt\n    scores {\n      criterionId\n      points\n    }\n  }\n": types.ReleasedGradeFieldsFragmentDoc,
    "\n  fragment StudentSubmissionFields on Submission {\n    id\n    assignmentId\n    attempt\n    status\n    text\n    version\n    late\n    awaitingGrade\n    submittedAt\n    updatedAt\n    revisionCommentHtml\n    revisionRequestedAt\n    files {\n      ...SubmissionFileFields\n    }\n    grade {\n      ...ReleasedGradeFields\n    }\n  }\n": types.StudentSubmissionFieldsFragmentDoc,
    "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    moduleId\n    title\n    maxAttempts\n    myDueAt\n    mySubmissions {\n      id\n      attempt\n      status\n      late\n      submittedAt\n      updatedAt\n      grade {\n        id\n        passed\n      }\n    }\n  }\n": types.AssignmentSummaryFieldsFragmentDoc,
    "\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...AssignmentSummaryFields\n    }\n  }\n": types.ModuleAssignmentsDocument,
    "\n  query MyAssignments {\n    myAssignments {\n      ...AssignmentSummaryFields\n      module {\n        id\n        title\n        position\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  query MyAssignment($id: ID!) {\n    assignment(id: $id) {\n      id\n      title\n      instructionsHtml\n      submissionKind\n      allowedFileTypes\n      maxFileBytes\n      maxFiles\n      maxAttempts\n      myDueAt\n      myHandIn {\n        canWrite\n        reason\n        nextAttempt\n      }\n      module {\n        id\n        title\n      }\n      rubric {\n        ...RubricFields\n      }\n      mySubmissions {\n        ...StudentSubmissionFields\n      }\n    }\n  }\n": types.MyAssignmentDocument,
    "\n  query MyAttempt($id: ID!) {\n    submission(id: $id) {\n      ...StudentSubmissionFields\n      assignment {\n        id\n        title\n        maxAttempts\n        rubric {\n          ...RubricFields\n        }\n      }\n    }\n  }\n": types.MyAttemptDocument,
    "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n": types.SaveSubmissionDraftDocument,
    "\n  mutation SubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n": types.SubmitSubmissionDocument,
    "\n  query AssignmentLimits {\n    assignmentLimits {\n      maxUploadBytes\n      fileTypes\n      maxFilesPerSubmission\n      maxAttempts\n      maxCriteria\n      maxLevels\n    }\n  }\n": types.AssignmentLimitsDocument,
    "\n  fragment AuthoringAssignmentFields on Assignment {\n    id\n    moduleId\n    title\n    instructions\n    submissionKind\n    allowedFileTypes\n    maxFileBytes\n    passRule\n    passMinPoints\n    maxAttempts\n    anonymousGrading\n    doubleMarking\n    doubleMarkingThreshold\n    updatedAt\n    rubric {\n      ...RubricFields\n    }\n  }\n": types.AuthoringAssignmentFieldsFragmentDoc,
    "\n  query AuthoringModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      id\n      title\n      maxAttempts\n      rubric {\n        maxPoints\n        criteria {\n          id\n        }\n      }\n      dueDates {\n        cohortId\n      }\n    }\n  }\n": types.AuthoringModuleAssignmentsDocument,
    "\n  query AuthoringAssignment($id: ID!) {\n    assignment(id: $id) {\n      ...AuthoringAssignmentFields\n      module {\n        id\n        title\n        trackId\n        track {\n          id\n          title\n        }\n      }\n      dueDates {\n        cohortId\n        dueAt\n      }\n    }\n  }\n": types.AuthoringAssignmentDocument,
    "\n  query AuthoringModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      track {\n        id\n        title\n      }\n    }\n  }\n": types.AuthoringModuleDocument,
    "\n  query TrackCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        status\n      }\n    }\n  }\n": types.TrackCohortsDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n": types.UpdateAssignmentDocument,
    "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n": types.DeleteAssignmentDocument,
    "\n  mutation SetAssignmentDueDate($input: SetAssignmentDueDateInput!) {\n    setAssignmentDueDate(input: $input) {\n      assignmentId\n      cohortId\n      dueAt\n    }\n  }\n": types.SetAssignmentDueDateDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query CatalogueTracks {\n    tracks {\n      id\n      code\n      title\n      status\n      description\n      requiresTrack {\n        id\n        title\n      }\n      modules {\n        id\n        status\n      }\n    }\n  }\n": types.CatalogueTracksDocument,
    "\n  fragment TrackFields on Track {\n    id\n    code\n    title\n    description\n    targetAudience\n    certificateValidityMonths\n    status\n    requiresTrackId\n    requiresTrack {\n      id\n      title\n    }\n  }\n": types.TrackFieldsFragmentDoc,
    "\n  query CatalogueTrack($id: ID!) {\n    track(id: $id) {\n      ...TrackFields\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n        studyHours\n        accreditationPoints\n        lessons {\n          id\n        }\n        prerequisites {\n          id\n          title\n        }\n      }\n    }\n    tracks {\n      id\n      title\n      code\n    }\n  }\n": types.CatalogueTrackDocument,
    "\n  fragment ModuleFields on Module {\n    id\n    trackId\n    title\n    summary\n    position\n    status\n    archivedAt\n    studyHours\n    accreditationPoints\n    learningGoals\n    prerequisites {\n      id\n      title\n    }\n  }\n": types.ModuleFieldsFragmentDoc,
    "\n  query CatalogueModule($id: ID!) {\n    module(id: $id) {\n      ...ModuleFields\n      track {\n        id\n        title\n      }\n      lessons {\n        id\n        title\n        position\n        videoUrl\n        archivedAt\n        attachments {\n          id\n        }\n      }\n    }\n  }\n": types.CatalogueModuleDocument,
    "\n  query PrerequisiteOptions {\n    tracks {\n      id\n      code\n      title\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n      }\n    }\n  }\n": types.PrerequisiteOptionsDocument,
    "\n  fragment AttachmentFields on StoredFile {\n    id\n    originalName\n    mimeType\n    size\n    downloadPath\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  query CatalogueLesson($id: ID!) {\n    lesson(id: $id) {\n      id\n      moduleId\n      title\n      position\n      body\n      bodyHtml\n      videoUrl\n      archivedAt\n      updatedAt\n      attachments {\n        ...AttachmentFields\n      }\n      module {\n        id\n        title\n        status\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CatalogueLessonDocument,
    "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n": types.CreateTrackDocument,
    "\n  mutation UpdateTrack($input: UpdateTrackInput!) {\n    updateTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n": types.UpdateTrackDocument,
    "\n  mutation PublishTrack($id: ID!) {\n    publishTrack(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishTrackDocument,
    "\n  mutation UnpublishTrack($id: ID!) {\n    unpublishTrack(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnpublishTrackDocument,
    "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n": types.CreateModuleDocument,
    "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n": types.UpdateModuleDocument,
    "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishModuleDocument,
    "\n  mutation UnpublishModule($id: ID!) {\n    unpublishModule(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnpublishModuleDocument,
    "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n": types.ArchiveModuleDocument,
    "\n  mutation UnarchiveModule($id: ID!) {\n    unarchiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n": types.UnarchiveModuleDocument,
    "\n  mutation DeleteModule($id: ID!) {\n    deleteModule(id: $id)\n  }\n": types.DeleteModuleDocument,
    "\n  mutation ReorderModules($input: ReorderInput!) {\n    reorderModules(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderModulesDocument,
    "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      moduleId\n    }\n  }\n": types.CreateLessonDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      videoUrl\n      updatedAt\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  mutation DeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n": types.DeleteLessonDocument,
    "\n  mutation ArchiveLesson($id: ID!) {\n    archiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveLessonDocument,
    "\n  mutation UnarchiveLesson($id: ID!) {\n    unarchiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveLessonDocument,
    "\n  mutation ReorderLessons($input: ReorderInput!) {\n    reorderLessons(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderLessonsDocument,
    "\n  mutation AttachFileToLesson($lessonId: ID!, $fileId: ID!) {\n    attachFileToLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": types.AttachFileToLessonDocument,
    "\n  mutation DetachFileFromLesson($lessonId: ID!, $fileId: ID!) {\n    detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": types.DetachFileFromLessonDocument,
    "\n  query TrackEnrollments($trackId: ID!, $page: PageInput) {\n    track(id: $trackId) {\n      id\n      title\n      status\n    }\n    enrollments(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        status\n        enrolledAt\n        completedAt\n        student {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TrackEnrollmentsDocument,
    "\n  query FindStudents($search: String!) {\n    users(filter: { search: $search }, page: { limit: 10 }) {\n      totalCount\n      items {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n": types.FindStudentsDocument,
    "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      status\n    }\n  }\n": types.EnrollStudentDocument,
    "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  query PreviewEnrollmentCsv($input: PreviewEnrollmentCsvInput!) {\n    previewEnrollmentCsv(input: $input) {\n      canImport\n      fileProblems {\n        code\n        line\n        rowCount\n        maxRows\n      }\n      validRowCount\n      invalidRowCount\n      previewHash\n      rows {\n        line\n        email\n        name\n        discipline\n        organisation\n        action\n        createsOrganisation\n        problems {\n          code\n          field\n          message\n        }\n        changes {\n          field\n          from\n          to\n          fromDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          toDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          currentRoles\n        }\n      }\n    }\n  }\n": types.PreviewEnrollmentCsvDocument,
    "\n  mutation ImportEnrollmentCsv($input: ImportEnrollmentCsvInput!) {\n    importEnrollmentCsv(input: $input) {\n      enrolledCount\n      invitedCount\n      organisationsCreated\n      changesApplied\n      skippedCount\n    }\n  }\n": types.ImportEnrollmentCsvDocument,
    "\n  query IntakeRequests($handled: Boolean, $page: PageInput) {\n    intakeRequests(handled: $handled, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        createdAt\n        name\n        email\n        phone\n        organisation\n        discipline\n        trackInterest\n        message\n        handledAt\n      }\n    }\n  }\n": types.IntakeRequestsDocument,
    "\n  mutation SetIntakeRequestHandled($id: ID!, $handled: Boolean!) {\n    setIntakeRequestHandled(id: $id, handled: $handled) {\n      id\n      handledAt\n    }\n  }\n": types.SetIntakeRequestHandledDocument,
    "\n  query UploadLimits($purpose: String) {\n    uploadLimits {\n      maxBytes\n      allowedTypes(purpose: $purpose)\n    }\n  }\n": types.UploadLimitsDocument,
    "\n  query CertificationCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.CertificationCohortsDocument,
    "\n  mutation IssueCohortCertificates($input: IssueCohortCertificatesInput!) {\n    issueCohortCertificates(input: $input) {\n      id\n      cohortId\n      cohortName\n      status\n      total\n      issued\n      alreadyCertified\n      notEligible\n      processed\n      percent\n      running\n      createdAt\n      finishedAt\n    }\n  }\n": types.IssueCohortCertificatesDocument,
    "\n  query CertificateBatches($cohortId: ID, $page: PageInput) {\n    certificateBatches(cohortId: $cohortId, page: $page) {\n      totalCount\n      items {\n        id\n        cohortId\n        cohortName\n        status\n        total\n        issued\n        alreadyCertified\n        notEligible\n        processed\n        percent\n        running\n        createdAt\n        finishedAt\n      }\n    }\n  }\n": types.CertificateBatchesDocument,
    "\n  query ExpiringCertificates($expiringFrom: DateTime!, $expiringUntil: DateTime!, $page: PageInput) {\n    certificates(expiringFrom: $expiringFrom, expiringUntil: $expiringUntil, page: $page) {\n      totalCount\n      items {\n        id\n        number\n        holderName\n        trackTitle\n        expiresAt\n        verifyUrl\n      }\n    }\n  }\n": types.ExpiringCertificatesDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      trackTitle\n      status\n      issuedAt\n      expiresAt\n      revokedAt\n      accreditationPoints\n      verifyUrl\n      pdfDownloadPath\n      credentialDownloadPath\n      replacedByNumber\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      number\n      holderName\n      trackTitle\n      issuedAt\n      expiresAt\n      accreditationPoints\n      signatoryName\n      status\n      revokedAt\n      replacedByNumber\n      uploadMaxBytes\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query CertificationTracks {\n    tracks {\n      id\n      code\n      title\n    }\n  }\n": types.CertificationTracksDocument,
    "\n  query CertificateEligibility($trackId: ID, $page: PageInput) {\n    certificateEligibility(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        studentId\n        studentName\n        studentEmail\n        eligible\n        missingModules\n        missingLessons\n        unmetRequirements\n        requiredTrack\n        noModules\n        accreditationPoints\n        certificateNumber\n      }\n    }\n  }\n": types.CertificateEligibilityDocument,
    "\n  query TrackCertificates($trackId: ID, $page: PageInput) {\n    certificates(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        number\n        holderName\n        status\n        issuedAt\n        expiresAt\n        revokedAt\n        revocationReason\n        replacedByNumber\n        pdfDownloadPath\n        verifyUrl\n      }\n    }\n  }\n": types.TrackCertificatesDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  query VerifyCredential($credential: String!) {\n    verifyCredential(credential: $credential) {\n      authentic\n      valid\n      certificate {\n        number\n        status\n      }\n    }\n  }\n": types.VerifyCredentialDocument,
    "\n  fragment CohortPersonFields on CohortPerson {\n    id\n    name\n    email\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.CohortPersonFieldsFragmentDoc,
    "\n  fragment CohortMeetingFields on CohortMeeting {\n    id\n    startsAt\n    endsAt\n    topic\n    place\n    onlineUrl\n  }\n": types.CohortMeetingFieldsFragmentDoc,
    "\n  fragment CohortRow on Cohort {\n    id\n    name\n    startsOn\n    endsOn\n    mode\n    status\n    studentCount\n    track {\n      id\n      code\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    docents {\n      id\n      name\n    }\n  }\n": types.CohortRowFragmentDoc,
    "\n  fragment CohortDetail on Cohort {\n    ...CohortRow\n    proposalId\n    docents {\n      ...CohortPersonFields\n    }\n    students {\n      ...CohortPersonFields\n    }\n    meetings {\n      ...CohortMeetingFields\n    }\n  }\n": types.CohortDetailFragmentDoc,
    "\n  query CohortTracks {\n    tracks {\n      id\n      code\n      title\n      status\n    }\n  }\n": types.CohortTracksDocument,
    "\n  query Cohorts($filter: CohortsFilterInput, $page: PageInput) {\n    cohorts(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...CohortRow\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetail\n    }\n  }\n": types.CohortDocument,
    "\n  query MyCohorts {\n    myCohorts {\n      ...CohortDetail\n    }\n  }\n": types.MyCohortsDocument,
    "\n  query CohortDocentOptions {\n    users(filter: { role: DOCENT, status: ACTIVE }, page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.CohortDocentOptionsDocument,
    "\n  query CohortOrganisations {\n    organisations(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.CohortOrganisationsDocument,
    "\n  query CohortPool($trackId: ID!, $organisationId: ID) {\n    cohortPool(trackId: $trackId, organisationId: $organisationId) {\n      trackId\n      size\n      students {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n        discipline {\n          id\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n": types.CohortPoolDocument,
    "\n  fragment CohortProposalFields on CohortProposal {\n    id\n    status\n    createdAt\n    committedAt\n    trackId\n    track {\n      id\n      code\n      title\n    }\n    mode\n    organisationId\n    organisation {\n      id\n      name\n    }\n    chosenPool\n    poolSize\n    minSize\n    maxSize\n    groupCount\n    seed\n    score\n    bound\n    gap\n    pins {\n      studentId\n      groupIndex\n    }\n    together {\n      a\n      b\n    }\n    apart {\n      a\n      b\n    }\n    poolDisciplineCounts {\n      count\n      disciplineId\n      discipline {\n        id\n        nameNl\n        nameEn\n      }\n    }\n    groups {\n      index\n      size\n      distinctDisciplines\n      largestDisciplineShare\n      organisationDuplicates\n      score\n      members {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n      }\n    }\n    problems {\n      reason\n      groupIndex\n      studentIds\n      message\n    }\n  }\n": types.CohortProposalFieldsFragmentDoc,
    "\n  query CohortProposal($id: ID!) {\n    cohortProposal(id: $id) {\n      ...CohortProposalFields\n    }\n  }\n": types.CohortProposalDocument,
    "\n  mutation ProposeCohorts($input: ProposeCohortsInput!) {\n    proposeCohorts(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n": types.ProposeCohortsDocument,
    "\n  mutation MoveProposalStudent($input: MoveProposalStudentInput!) {\n    moveProposalStudent(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n": types.MoveProposalStudentDocument,
    "\n  mutation CommitCohortProposal($input: CommitCohortProposalInput!) {\n    commitCohortProposal(input: $input) {\n      cohorts {\n        id\n        name\n      }\n    }\n  }\n": types.CommitCohortProposalDocument,
    "\n  mutation DiscardCohortProposal($id: ID!) {\n    discardCohortProposal(id: $id) {\n      id\n      status\n    }\n  }\n": types.DiscardCohortProposalDocument,
    "\n  mutation AddCohortDocent($input: CohortMembershipInput!) {\n    addCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n": types.AddCohortDocentDocument,
    "\n  mutation RemoveCohortDocent($input: CohortMembershipInput!) {\n    removeCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n": types.RemoveCohortDocentDocument,
    "\n  mutation AddCohortMeeting($input: AddCohortMeetingInput!) {\n    addCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n": types.AddCohortMeetingDocument,
    "\n  mutation UpdateCohortMeeting($input: UpdateCohortMeetingInput!) {\n    updateCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n": types.UpdateCohortMeetingDocument,
    "\n  mutation RemoveCohortMeeting($id: ID!) {\n    removeCohortMeeting(id: $id) {\n      ...CohortDetail\n    }\n  }\n": types.RemoveCohortMeetingDocument,
    "\n  fragment ConfidentialSummaryFields on ConfidentialThreadSummary {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    unread\n    overdue\n    deleteAfter\n  }\n": types.ConfidentialSummaryFieldsFragmentDoc,
    "\n  fragment ConfidentialThreadFields on ConfidentialThreadView {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    deleteAfter\n    overdue\n    version\n    writerKind\n    writerName\n    readers {\n      id\n      name\n    }\n    messages {\n      id\n      author\n      authorName\n      body\n      createdAt\n      readAt\n      mine\n    }\n    attachments {\n      id\n      name\n      size\n      author\n      createdAt\n    }\n    attachmentLimits {\n      maxBytes\n      maxFiles\n      allowedTypes\n    }\n    canAttach\n    notes {\n      id\n      authorName\n      body\n      createdAt\n    }\n    accessLog {\n      confidantName\n      openedAt\n    }\n    retentionDays\n    canHandle\n    canDelete\n  }\n": types.ConfidentialThreadFieldsFragmentDoc,
    "\n  query Confidants {\n    confidants {\n      id\n      name\n    }\n  }\n": types.ConfidantsDocument,
    "\n  query MyConfidentialThreads($page: PageInput) {\n    myConfidentialThreads(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n": types.MyConfidentialThreadsDocument,
    "\n  query ConfidentialInbox($page: PageInput) {\n    confidentialInbox(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n": types.ConfidentialInboxDocument,
    "\n  query ConfidentialThread($id: ID!) {\n    confidentialThread(id: $id) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.ConfidentialThreadDocument,
    "\n  query ConfidentialThreadByReceipt($receipt: String!) {\n    confidentialThreadByReceipt(receipt: $receipt) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.ConfidentialThreadByReceiptDocument,
    "\n  query ConfidantWorkspace {\n    confidantWorkspace {\n      recoveryKeyRequired\n      hasRecoveryKey\n      awaitingGrant\n      pendingGrants {\n        confidant {\n          id\n          name\n        }\n        threadCount\n      }\n      deletionNotices {\n        threadId\n        subject\n        deleteAfter\n      }\n    }\n  }\n": types.ConfidantWorkspaceDocument,
    "\n  query ConfidentialFigures($year: Int!) {\n    confidentialFigures(year: $year) {\n      year\n      byMonth {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byWriterKind {\n        key\n        count\n      }\n      medianHoursToFirstAnswer\n    }\n  }\n": types.ConfidentialFiguresDocument,
    "\n  mutation StartConfidentialThread($input: StartConfidentialThreadInput!) {\n    startConfidentialThread(input: $input) {\n      receipt\n      thread {\n        ...ConfidentialThreadFields\n      }\n    }\n  }\n": types.StartConfidentialThreadDocument,
    "\n  mutation ReplyToConfidentialThread($input: ReplyToConfidentialThreadInput!) {\n    replyToConfidentialThread(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.ReplyToConfidentialThreadDocument,
    "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.ReplyByReceiptDocument,
    "\n  mutation SetConfidentialThreadStatus($input: SetConfidentialThreadStatusInput!) {\n    setConfidentialThreadStatus(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.SetConfidentialThreadStatusDocument,
    "\n  mutation AddConfidentialNote($input: AddConfidentialNoteInput!) {\n    addConfidentialNote(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.AddConfidentialNoteDocument,
    "\n  mutation SetConfidentialRetention($input: SetConfidentialRetentionInput!) {\n    setConfidentialRetention(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n": types.SetConfidentialRetentionDocument,
    "\n  mutation DeleteConfidentialThread($id: ID!) {\n    deleteConfidentialThread(id: $id)\n  }\n": types.DeleteConfidentialThreadDocument,
    "\n  mutation GrantConfidentialAccess($confidantId: ID!) {\n    grantConfidentialAccess(confidantId: $confidantId)\n  }\n": types.GrantConfidentialAccessDocument,
    "\n  mutation CreateConfidentialRecoveryKey {\n    createConfidentialRecoveryKey\n  }\n": types.CreateConfidentialRecoveryKeyDocument,
    "\n  mutation RecoverConfidentialKeys($recoveryKey: String!) {\n    recoverConfidentialKeys(recoveryKey: $recoveryKey)\n  }\n": types.RecoverConfidentialKeysDocument,
    "\n  query MyDashboard {\n    myDashboard {\n      unreadNotifications {\n        totalCount\n        items {\n          id\n          kind\n          link\n          createdAt\n          params {\n            name\n            value\n          }\n        }\n      }\n      student {\n        continueLesson {\n          lessonId\n          lessonTitle\n          moduleId\n          moduleTitle\n        }\n        dueSoon {\n          days\n          totalCount\n          items {\n            dueAt\n            extended\n            assignment {\n              id\n              title\n              module {\n                id\n                title\n              }\n              mySubmissions {\n                id\n                attempt\n                status\n                late\n                grade {\n                  id\n                  passed\n                }\n              }\n            }\n          }\n        }\n        latestFeedback {\n          id\n          attempt\n          assignment {\n            id\n            title\n          }\n          grade {\n            id\n            passed\n            feedbackHtml\n            releasedAt\n          }\n        }\n      }\n      docent {\n        waitingForGrading {\n          totalWaiting\n          entries {\n            cohortId\n            cohortName\n            assignmentId\n            assignmentTitle\n            waiting\n            oldestSubmittedAt\n          }\n        }\n      }\n      admin {\n        openIntakeRequests {\n          totalCount\n          items {\n            id\n            name\n            organisation\n            createdAt\n          }\n        }\n        openProposals {\n          totalCount\n          items {\n            id\n            trackTitle\n            groupCount\n            studentCount\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.MyDashboardDocument,
    "\n  fragment GradeFields on Grade {\n    id\n    markerRole\n    status\n    agreed\n    passed\n    totalPoints\n    feedback\n    feedbackHtml\n    version\n    releasedAt\n    updatedAt\n    scores {\n      criterionId\n      points\n    }\n    marker {\n      id\n      name\n    }\n  }\n": types.GradeFieldsFragmentDoc,
    "\n  fragment ExtensionFields on AssignmentExtension {\n    assignmentId\n    studentId\n    dueAt\n    reason\n    updatedAt\n  }\n": types.ExtensionFieldsFragmentDoc,
    "\n  query GradingFilters {\n    myCohorts {\n      id\n      name\n      track {\n        id\n        title\n        modules {\n          id\n          title\n          assignments {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.GradingFiltersDocument,
    "\n  query GradingQueue($filter: GradingQueueFilterInput, $page: PageInput) {\n    gradingQueue(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        attempt\n        status\n        late\n        submittedAt\n        authorName\n        anonymised\n        releasable\n        gradingState\n        assignment {\n          id\n          title\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GradingQueueDocument,
    "\n  query GradingSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      text\n      late\n      submittedAt\n      authorName\n      anonymised\n      author {\n        id\n      }\n      awaitingGrade\n      releasable\n      canRequestRevision\n      gradingState\n      myGrade {\n        ...GradeFields\n      }\n      revisionCommentHtml\n      revisionRequestedAt\n      files {\n        ...SubmissionFileFields\n      }\n      extension {\n        ...ExtensionFields\n      }\n      previousAttempts {\n        id\n        attempt\n        status\n        text\n        late\n        submittedAt\n        revisionCommentHtml\n        revisionRequestedAt\n        files {\n          ...SubmissionFileFields\n        }\n        grade {\n          ...GradeFields\n        }\n      }\n      cohort {\n        id\n        name\n      }\n      assignment {\n        id\n        title\n        dueDates {\n          cohortId\n          dueAt\n        }\n        instructionsHtml\n        submissionKind\n        maxAttempts\n        anonymousGrading\n        doubleMarking\n        doubleMarkingThreshold\n        module {\n          id\n          title\n        }\n        rubric {\n          ...RubricFields\n        }\n      }\n      grades {\n        ...GradeFields\n      }\n    }\n  }\n": types.GradingSubmissionDocument,
    "\n  mutation SaveGrade($input: SaveGradeInput!) {\n    saveGrade(input: $input) {\n      ...GradeFields\n    }\n  }\n": types.SaveGradeDocument,
    "\n  query RubricVerdict($input: RubricVerdictInput!) {\n    rubricVerdict(input: $input) {\n      totalPoints\n      maxPoints\n      passed\n      complete\n    }\n  }\n": types.RubricVerdictDocument,
    "\n  mutation ReleaseGrades($submissionIds: [ID!]!) {\n    releaseGrades(submissionIds: $submissionIds) {\n      id\n      status\n    }\n  }\n": types.ReleaseGradesDocument,
    "\n  mutation RequestRevision($input: RequestRevisionInput!) {\n    requestRevision(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestRevisionDocument,
    "\n  mutation GrantExtension($input: GrantExtensionInput!) {\n    grantExtension(input: $input) {\n      ...ExtensionFields\n    }\n  }\n": types.GrantExtensionDocument,
    "\n  mutation RevokeExtension($input: RevokeExtensionInput!) {\n    revokeExtension(input: $input)\n  }\n": types.RevokeExtensionDocument,
    "\n  query AssignmentCohortOverview($assignmentId: ID!, $cohortId: ID!) {\n    assignment(id: $assignmentId) {\n      id\n      title\n    }\n    assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {\n      assignmentId\n      cohortId\n      cohortName\n      cohortDueAt\n      anonymousGrading\n      students {\n        studentId\n        studentName\n        attemptsHidden\n        attempts\n        latestStatus\n        latestSubmissionId\n        late\n        effectiveDueAt\n        extension {\n          ...ExtensionFields\n        }\n      }\n    }\n  }\n": types.AssignmentCohortOverviewDocument,
    "\n  fragment LearningModuleCard on LearningModule {\n    id\n    trackId\n    title\n    summary\n    position\n    studyHours\n    accreditationPoints\n    locked\n    completed\n    progressPercent\n    lessonCount\n    lessonsCompleted\n    nextLessonId\n    preview\n    unmetRequirements {\n      kind\n      subjectId\n      title\n    }\n    unlockedBy {\n      id\n      title\n      completed\n    }\n  }\n": types.LearningModuleCardFragmentDoc,
    "\n  fragment LearningModuleDetail on LearningModule {\n    ...LearningModuleCard\n    learningGoals\n    lessons {\n      id\n      title\n      position\n      locked\n      completed\n      completedAt\n    }\n  }\n": types.LearningModuleDetailFragmentDoc,
    "\n  fragment NextLessonFields on NextLesson {\n    lessonId\n    lessonTitle\n    moduleId\n    moduleTitle\n    trackId\n  }\n": types.NextLessonFieldsFragmentDoc,
    "\n  query MyLearning {\n    myLearning {\n      continueLesson {\n        ...NextLessonFields\n      }\n      enrollments {\n        progressPercent\n        completedModules\n        totalModules\n        enrollment {\n          id\n          status\n          enrolledAt\n          completedAt\n        }\n        track {\n          id\n          code\n          title\n          description\n        }\n        nextLesson {\n          ...NextLessonFields\n        }\n        modules {\n          ...LearningModuleCard\n        }\n      }\n      otherTracks {\n        canEnroll\n        blockedReason\n        track {\n          id\n          code\n          title\n          description\n          targetAudience\n        }\n        requiresTrack {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyLearningDocument,
    "\n  query LearningModule($id: ID!) {\n    learningModule(id: $id) {\n      ...LearningModuleDetail\n    }\n  }\n": types.LearningModuleDocument,
    "\n  fragment LessonContent on Lesson {\n    id\n    moduleId\n    title\n    position\n    bodyHtml\n    videoUrl\n    completed\n    attachments {\n      id\n      originalName\n      mimeType\n      size\n      downloadPath\n    }\n  }\n": types.LessonContentFragmentDoc,
    "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonContent\n    }\n  }\n": types.LessonDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      module {\n        ...LearningModuleDetail\n      }\n      enrollment {\n        progressPercent\n        completedModules\n        totalModules\n      }\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  mutation EnrollInTrack($trackId: ID!) {\n    enrollInTrack(trackId: $trackId) {\n      id\n      status\n    }\n  }\n": types.EnrollInTrackDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput, $unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(page: $page, unreadOnly: $unreadOnly) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        kind\n        link\n        createdAt\n        readAt\n        params {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailMode!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetDigestHour($hour: Int!) {\n    setDigestHour(hour: $hour) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n": types.SetDigestHourDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": types.UnsubscribeDocument,
    "\n  query PublicCatalogue {\n    publicCatalogue {\n      id\n      code\n      title\n      description\n      targetAudience\n      certificateValidityMonths\n      requiresTrackCode\n      requiresTrackTitle\n      totalStudyHours\n      totalAccreditationPoints\n      modules {\n        id\n        title\n        summary\n        position\n        studyHours\n        accreditationPoints\n        lessonCount\n      }\n    }\n  }\n": types.PublicCatalogueDocument,
    "\n  mutation SubmitIntakeRequest($input: SubmitIntakeRequestInput!) {\n    submitIntakeRequest(input: $input) {\n      id\n    }\n  }\n": types.SubmitIntakeRequestDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.InviteOptionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ResendInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccreditationProfileFields on AccreditationProfile {\n    studentId\n    disciplineName\n    offeredRegisters {\n      code\n      example\n    }\n    registrations {\n      register\n      number\n      updatedAt\n    }\n    points {\n      year\n      register\n      points\n      registered\n      modules {\n        moduleId\n        moduleTitle\n        earnedOn\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').AccreditationProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccreditation {\n    accreditation {\n      ...AccreditationProfileFields\n    }\n  }\n"): typeof import('./graphql').MyAccreditationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n"): typeof import('./graphql').RecordRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRegistration($input: RemoveRegistrationInput!) {\n    removeRegistration(input: $input) {\n      ...AccreditationProfileFields\n    }\n  }\n"): typeof import('./graphql').RemoveRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccreditationRegisters {\n    registers {\n      code\n    }\n  }\n"): typeof import('./graphql').AccreditationRegistersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccreditationExport($input: AccreditationExportInput!) {\n    accreditationExport(input: $input) {\n      register\n      from\n      to\n      fileName\n      csv\n      rowCount\n      totalPoints\n      editions {\n        cohortId\n        cohortName\n        trackTitle\n        startsOn\n        endsOn\n        numbers\n        count\n      }\n      missing {\n        studentId\n        name\n        email\n        modules\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').AccreditationExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleRegisterPoints($moduleId: ID!) {\n    registers {\n      code\n    }\n    moduleRegisterPoints(moduleId: $moduleId) {\n      register\n      points\n    }\n  }\n"): typeof import('./graphql').ModuleRegisterPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModuleRegisterPoints($input: SetModuleRegisterPointsInput!) {\n    setModuleRegisterPoints(input: $input) {\n      register\n      points\n    }\n  }\n"): typeof import('./graphql').SetModuleRegisterPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccreditationDisciplines {\n    disciplines {\n      id\n      nameNl\n      nameEn\n    }\n    registers {\n      code\n    }\n  }\n"): typeof import('./graphql').AccreditationDisciplinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisciplineRegisters($disciplineId: ID!) {\n    registers(disciplineId: $disciplineId) {\n      code\n    }\n  }\n"): typeof import('./graphql').DisciplineRegistersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDisciplineRegisters($input: SetDisciplineRegistersInput!) {\n    setDisciplineRegisters(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').SetDisciplineRegistersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RubricFields on Rubric {\n    maxPoints\n    passRule\n    passMinPoints\n    criteria {\n      id\n      position\n      title\n      description\n      kind\n      maxPoints\n      levels {\n        label\n        description\n        points\n      }\n    }\n  }\n"): typeof import('./graphql').RubricFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubmissionFileFields on StoredFile {\n    id\n    originalName\n    size\n    downloadPath\n  }\n"): typeof import('./graphql').SubmissionFileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleasedGradeFields on Grade {\n    id\n    passed\n    totalPoints\n    feedbackHtml\n    releasedAt\n    scores {\n      criterionId\n      points\n    }\n  }\n"): typeof import('./graphql').ReleasedGradeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudentSubmissionFields on Submission {\n    id\n    assignmentId\n    attempt\n    status\n    text\n    version\n    late\n    awaitingGrade\n    submittedAt\n    updatedAt\n    revisionCommentHtml\n    revisionRequestedAt\n    files {\n      ...SubmissionFileFields\n    }\n    grade {\n      ...ReleasedGradeFields\n    }\n  }\n"): typeof import('./graphql').StudentSubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentSummaryFields on Assignment {\n    id\n    moduleId\n    title\n    maxAttempts\n    myDueAt\n    mySubmissions {\n      id\n      attempt\n      status\n      late\n      submittedAt\n      updatedAt\n      grade {\n        id\n        passed\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      ...AssignmentSummaryFields\n    }\n  }\n"): typeof import('./graphql').ModuleAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments {\n    myAssignments {\n      ...AssignmentSummaryFields\n      module {\n        id\n        title\n        position\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignment($id: ID!) {\n    assignment(id: $id) {\n      id\n      title\n      instructionsHtml\n      submissionKind\n      allowedFileTypes\n      maxFileBytes\n      maxFiles\n      maxAttempts\n      myDueAt\n      myHandIn {\n        canWrite\n        reason\n        nextAttempt\n      }\n      module {\n        id\n        title\n      }\n      rubric {\n        ...RubricFields\n      }\n      mySubmissions {\n        ...StudentSubmissionFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttempt($id: ID!) {\n    submission(id: $id) {\n      ...StudentSubmissionFields\n      assignment {\n        id\n        title\n        maxAttempts\n        rubric {\n          ...RubricFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSubmissionDraft($input: SaveSubmissionDraftInput!) {\n    saveSubmissionDraft(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SaveSubmissionDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      ...StudentSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentLimits {\n    assignmentLimits {\n      maxUploadBytes\n      fileTypes\n      maxFilesPerSubmission\n      maxAttempts\n      maxCriteria\n      maxLevels\n    }\n  }\n"): typeof import('./graphql').AssignmentLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthoringAssignmentFields on Assignment {\n    id\n    moduleId\n    title\n    instructions\n    submissionKind\n    allowedFileTypes\n    maxFileBytes\n    passRule\n    passMinPoints\n    maxAttempts\n    anonymousGrading\n    doubleMarking\n    doubleMarkingThreshold\n    updatedAt\n    rubric {\n      ...RubricFields\n    }\n  }\n"): typeof import('./graphql').AuthoringAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringModuleAssignments($moduleId: ID!) {\n    assignments(moduleId: $moduleId) {\n      id\n      title\n      maxAttempts\n      rubric {\n        maxPoints\n        criteria {\n          id\n        }\n      }\n      dueDates {\n        cohortId\n      }\n    }\n  }\n"): typeof import('./graphql').AuthoringModuleAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringAssignment($id: ID!) {\n    assignment(id: $id) {\n      ...AuthoringAssignmentFields\n      module {\n        id\n        title\n        trackId\n        track {\n          id\n          title\n        }\n      }\n      dueDates {\n        cohortId\n        dueAt\n      }\n    }\n  }\n"): typeof import('./graphql').AuthoringAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringModule($id: ID!) {\n    module(id: $id) {\n      id\n      title\n      track {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').AuthoringModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        startsOn\n        endsOn\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TrackCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n"): typeof import('./graphql').CreateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignment($input: UpdateAssignmentInput!) {\n    updateAssignment(input: $input) {\n      ...AuthoringAssignmentFields\n    }\n  }\n"): typeof import('./graphql').UpdateAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssignment($id: ID!) {\n    deleteAssignment(id: $id)\n  }\n"): typeof import('./graphql').DeleteAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssignmentDueDate($input: SetAssignmentDueDateInput!) {\n    setAssignmentDueDate(input: $input) {\n      assignmentId\n      cohortId\n      dueAt\n    }\n  }\n"): typeof import('./graphql').SetAssignmentDueDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: SetPasswordInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: SetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueTracks {\n    tracks {\n      id\n      code\n      title\n      status\n      description\n      requiresTrack {\n        id\n        title\n      }\n      modules {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackFields on Track {\n    id\n    code\n    title\n    description\n    targetAudience\n    certificateValidityMonths\n    status\n    requiresTrackId\n    requiresTrack {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').TrackFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueTrack($id: ID!) {\n    track(id: $id) {\n      ...TrackFields\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n        studyHours\n        accreditationPoints\n        lessons {\n          id\n        }\n        prerequisites {\n          id\n          title\n        }\n      }\n    }\n    tracks {\n      id\n      title\n      code\n    }\n  }\n"): typeof import('./graphql').CatalogueTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleFields on Module {\n    id\n    trackId\n    title\n    summary\n    position\n    status\n    archivedAt\n    studyHours\n    accreditationPoints\n    learningGoals\n    prerequisites {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ModuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueModule($id: ID!) {\n    module(id: $id) {\n      ...ModuleFields\n      track {\n        id\n        title\n      }\n      lessons {\n        id\n        title\n        position\n        videoUrl\n        archivedAt\n        attachments {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrerequisiteOptions {\n    tracks {\n      id\n      code\n      title\n      modules {\n        id\n        title\n        position\n        status\n        archivedAt\n      }\n    }\n  }\n"): typeof import('./graphql').PrerequisiteOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on StoredFile {\n    id\n    originalName\n    mimeType\n    size\n    downloadPath\n  }\n"): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueLesson($id: ID!) {\n    lesson(id: $id) {\n      id\n      moduleId\n      title\n      position\n      body\n      bodyHtml\n      videoUrl\n      archivedAt\n      updatedAt\n      attachments {\n        ...AttachmentFields\n      }\n      module {\n        id\n        title\n        status\n        track {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrack($input: CreateTrackInput!) {\n    createTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n"): typeof import('./graphql').CreateTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrack($input: UpdateTrackInput!) {\n    updateTrack(input: $input) {\n      ...TrackFields\n    }\n  }\n"): typeof import('./graphql').UpdateTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTrack($id: ID!) {\n    publishTrack(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishTrack($id: ID!) {\n    unpublishTrack(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UnpublishTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModule($input: CreateModuleInput!) {\n    createModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n"): typeof import('./graphql').CreateModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModule($input: UpdateModuleInput!) {\n    updateModule(input: $input) {\n      ...ModuleFields\n    }\n  }\n"): typeof import('./graphql').UpdateModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishModule($id: ID!) {\n    publishModule(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishModule($id: ID!) {\n    unpublishModule(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UnpublishModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveModule($id: ID!) {\n    archiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').ArchiveModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveModule($id: ID!) {\n    unarchiveModule(id: $id) {\n      id\n      status\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').UnarchiveModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModule($id: ID!) {\n    deleteModule(id: $id)\n  }\n"): typeof import('./graphql').DeleteModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderModules($input: ReorderInput!) {\n    reorderModules(input: $input) {\n      id\n      position\n    }\n  }\n"): typeof import('./graphql').ReorderModulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      moduleId\n    }\n  }\n"): typeof import('./graphql').CreateLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      videoUrl\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').UpdateLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLesson($id: ID!) {\n    deleteLesson(id: $id)\n  }\n"): typeof import('./graphql').DeleteLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLesson($id: ID!) {\n    archiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').ArchiveLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveLesson($id: ID!) {\n    unarchiveLesson(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').UnarchiveLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderLessons($input: ReorderInput!) {\n    reorderLessons(input: $input) {\n      id\n      position\n    }\n  }\n"): typeof import('./graphql').ReorderLessonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachFileToLesson($lessonId: ID!, $fileId: ID!) {\n    attachFileToLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').AttachFileToLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachFileFromLesson($lessonId: ID!, $fileId: ID!) {\n    detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) {\n      id\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').DetachFileFromLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackEnrollments($trackId: ID!, $page: PageInput) {\n    track(id: $trackId) {\n      id\n      title\n      status\n    }\n    enrollments(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        status\n        enrolledAt\n        completedAt\n        student {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrackEnrollmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindStudents($search: String!) {\n    users(filter: { search: $search }, page: { limit: 10 }) {\n      totalCount\n      items {\n        id\n        name\n        email\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').FindStudentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EnrollStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($id: ID!) {\n    withdrawEnrollment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawEnrollmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewEnrollmentCsv($input: PreviewEnrollmentCsvInput!) {\n    previewEnrollmentCsv(input: $input) {\n      canImport\n      fileProblems {\n        code\n        line\n        rowCount\n        maxRows\n      }\n      validRowCount\n      invalidRowCount\n      previewHash\n      rows {\n        line\n        email\n        name\n        discipline\n        organisation\n        action\n        createsOrganisation\n        problems {\n          code\n          field\n          message\n        }\n        changes {\n          field\n          from\n          to\n          fromDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          toDiscipline {\n            id\n            nameNl\n            nameEn\n          }\n          currentRoles\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewEnrollmentCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEnrollmentCsv($input: ImportEnrollmentCsvInput!) {\n    importEnrollmentCsv(input: $input) {\n      enrolledCount\n      invitedCount\n      organisationsCreated\n      changesApplied\n      skippedCount\n    }\n  }\n"): typeof import('./graphql').ImportEnrollmentCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeRequests($handled: Boolean, $page: PageInput) {\n    intakeRequests(handled: $handled, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        createdAt\n        name\n        email\n        phone\n        organisation\n        discipline\n        trackInterest\n        message\n        handledAt\n      }\n    }\n  }\n"): typeof import('./graphql').IntakeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIntakeRequestHandled($id: ID!, $handled: Boolean!) {\n    setIntakeRequestHandled(id: $id, handled: $handled) {\n      id\n      handledAt\n    }\n  }\n"): typeof import('./graphql').SetIntakeRequestHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadLimits($purpose: String) {\n    uploadLimits {\n      maxBytes\n      allowedTypes(purpose: $purpose)\n    }\n  }\n"): typeof import('./graphql').UploadLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCohorts($trackId: ID!) {\n    cohorts(filter: { trackId: $trackId }, page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CertificationCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCohortCertificates($input: IssueCohortCertificatesInput!) {\n    issueCohortCertificates(input: $input) {\n      id\n      cohortId\n      cohortName\n      status\n      total\n      issued\n      alreadyCertified\n      notEligible\n      processed\n      percent\n      running\n      createdAt\n      finishedAt\n    }\n  }\n"): typeof import('./graphql').IssueCohortCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateBatches($cohortId: ID, $page: PageInput) {\n    certificateBatches(cohortId: $cohortId, page: $page) {\n      totalCount\n      items {\n        id\n        cohortId\n        cohortName\n        status\n        total\n        issued\n        alreadyCertified\n        notEligible\n        processed\n        percent\n        running\n        createdAt\n        finishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CertificateBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringCertificates($expiringFrom: DateTime!, $expiringUntil: DateTime!, $page: PageInput) {\n    certificates(expiringFrom: $expiringFrom, expiringUntil: $expiringUntil, page: $page) {\n      totalCount\n      items {\n        id\n        number\n        holderName\n        trackTitle\n        expiresAt\n        verifyUrl\n      }\n    }\n  }\n"): typeof import('./graphql').ExpiringCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      trackTitle\n      status\n      issuedAt\n      expiresAt\n      revokedAt\n      accreditationPoints\n      verifyUrl\n      pdfDownloadPath\n      credentialDownloadPath\n      replacedByNumber\n    }\n  }\n"): typeof import('./graphql').MyCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      number\n      holderName\n      trackTitle\n      issuedAt\n      expiresAt\n      accreditationPoints\n      signatoryName\n      status\n      revokedAt\n      replacedByNumber\n      uploadMaxBytes\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationTracks {\n    tracks {\n      id\n      code\n      title\n    }\n  }\n"): typeof import('./graphql').CertificationTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateEligibility($trackId: ID, $page: PageInput) {\n    certificateEligibility(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        studentId\n        studentName\n        studentEmail\n        eligible\n        missingModules\n        missingLessons\n        unmetRequirements\n        requiredTrack\n        noModules\n        accreditationPoints\n        certificateNumber\n      }\n    }\n  }\n"): typeof import('./graphql').CertificateEligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackCertificates($trackId: ID, $page: PageInput) {\n    certificates(trackId: $trackId, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        number\n        holderName\n        status\n        issuedAt\n        expiresAt\n        revokedAt\n        revocationReason\n        replacedByNumber\n        pdfDownloadPath\n        verifyUrl\n      }\n    }\n  }\n"): typeof import('./graphql').TrackCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').IssueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCredential($credential: String!) {\n    verifyCredential(credential: $credential) {\n      authentic\n      valid\n      certificate {\n        number\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortPersonFields on CohortPerson {\n    id\n    name\n    email\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CohortPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortMeetingFields on CohortMeeting {\n    id\n    startsAt\n    endsAt\n    topic\n    place\n    onlineUrl\n  }\n"): typeof import('./graphql').CohortMeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortRow on Cohort {\n    id\n    name\n    startsOn\n    endsOn\n    mode\n    status\n    studentCount\n    track {\n      id\n      code\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    docents {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CohortRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortDetail on Cohort {\n    ...CohortRow\n    proposalId\n    docents {\n      ...CohortPersonFields\n    }\n    students {\n      ...CohortPersonFields\n    }\n    meetings {\n      ...CohortMeetingFields\n    }\n  }\n"): typeof import('./graphql').CohortDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortTracks {\n    tracks {\n      id\n      code\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').CohortTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($filter: CohortsFilterInput, $page: PageInput) {\n    cohorts(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...CohortRow\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetail\n    }\n  }\n"): typeof import('./graphql').CohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCohorts {\n    myCohorts {\n      ...CohortDetail\n    }\n  }\n"): typeof import('./graphql').MyCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortDocentOptions {\n    users(filter: { role: DOCENT, status: ACTIVE }, page: { limit: 100 }) {\n      items {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CohortDocentOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortOrganisations {\n    organisations(page: { limit: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortPool($trackId: ID!, $organisationId: ID) {\n    cohortPool(trackId: $trackId, organisationId: $organisationId) {\n      trackId\n      size\n      students {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n        discipline {\n          id\n          nameNl\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CohortPoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortProposalFields on CohortProposal {\n    id\n    status\n    createdAt\n    committedAt\n    trackId\n    track {\n      id\n      code\n      title\n    }\n    mode\n    organisationId\n    organisation {\n      id\n      name\n    }\n    chosenPool\n    poolSize\n    minSize\n    maxSize\n    groupCount\n    seed\n    score\n    bound\n    gap\n    pins {\n      studentId\n      groupIndex\n    }\n    together {\n      a\n      b\n    }\n    apart {\n      a\n      b\n    }\n    poolDisciplineCounts {\n      count\n      disciplineId\n      discipline {\n        id\n        nameNl\n        nameEn\n      }\n    }\n    groups {\n      index\n      size\n      distinctDisciplines\n      largestDisciplineShare\n      organisationDuplicates\n      score\n      members {\n        ...CohortPersonFields\n      }\n      disciplineCounts {\n        count\n        disciplineId\n      }\n    }\n    problems {\n      reason\n      groupIndex\n      studentIds\n      message\n    }\n  }\n"): typeof import('./graphql').CohortProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortProposal($id: ID!) {\n    cohortProposal(id: $id) {\n      ...CohortProposalFields\n    }\n  }\n"): typeof import('./graphql').CohortProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCohorts($input: ProposeCohortsInput!) {\n    proposeCohorts(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n"): typeof import('./graphql').ProposeCohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProposalStudent($input: MoveProposalStudentInput!) {\n    moveProposalStudent(input: $input) {\n      ...CohortProposalFields\n    }\n  }\n"): typeof import('./graphql').MoveProposalStudentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitCohortProposal($input: CommitCohortProposalInput!) {\n    commitCohortProposal(input: $input) {\n      cohorts {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CommitCohortProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardCohortProposal($id: ID!) {\n    discardCohortProposal(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DiscardCohortProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCohortDocent($input: CohortMembershipInput!) {\n    addCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n"): typeof import('./graphql').AddCohortDocentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCohortDocent($input: CohortMembershipInput!) {\n    removeCohortDocent(input: $input) {\n      ...CohortDetail\n    }\n  }\n"): typeof import('./graphql').RemoveCohortDocentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCohortMeeting($input: AddCohortMeetingInput!) {\n    addCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n"): typeof import('./graphql').AddCohortMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohortMeeting($input: UpdateCohortMeetingInput!) {\n    updateCohortMeeting(input: $input) {\n      ...CohortMeetingFields\n    }\n  }\n"): typeof import('./graphql').UpdateCohortMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCohortMeeting($id: ID!) {\n    removeCohortMeeting(id: $id) {\n      ...CohortDetail\n    }\n  }\n"): typeof import('./graphql').RemoveCohortMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfidentialSummaryFields on ConfidentialThreadSummary {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    unread\n    overdue\n    deleteAfter\n  }\n"): typeof import('./graphql').ConfidentialSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfidentialThreadFields on ConfidentialThreadView {\n    id\n    subject\n    status\n    anonymous\n    createdAt\n    deleteAfter\n    overdue\n    version\n    writerKind\n    writerName\n    readers {\n      id\n      name\n    }\n    messages {\n      id\n      author\n      authorName\n      body\n      createdAt\n      readAt\n      mine\n    }\n    attachments {\n      id\n      name\n      size\n      author\n      createdAt\n    }\n    attachmentLimits {\n      maxBytes\n      maxFiles\n      allowedTypes\n    }\n    canAttach\n    notes {\n      id\n      authorName\n      body\n      createdAt\n    }\n    accessLog {\n      confidantName\n      openedAt\n    }\n    retentionDays\n    canHandle\n    canDelete\n  }\n"): typeof import('./graphql').ConfidentialThreadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Confidants {\n    confidants {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConfidantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConfidentialThreads($page: PageInput) {\n    myConfidentialThreads(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyConfidentialThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialInbox($page: PageInput) {\n    confidentialInbox(page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...ConfidentialSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ConfidentialInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialThread($id: ID!) {\n    confidentialThread(id: $id) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').ConfidentialThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialThreadByReceipt($receipt: String!) {\n    confidentialThreadByReceipt(receipt: $receipt) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').ConfidentialThreadByReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidantWorkspace {\n    confidantWorkspace {\n      recoveryKeyRequired\n      hasRecoveryKey\n      awaitingGrant\n      pendingGrants {\n        confidant {\n          id\n          name\n        }\n        threadCount\n      }\n      deletionNotices {\n        threadId\n        subject\n        deleteAfter\n      }\n    }\n  }\n"): typeof import('./graphql').ConfidantWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialFigures($year: Int!) {\n    confidentialFigures(year: $year) {\n      year\n      byMonth {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byWriterKind {\n        key\n        count\n      }\n      medianHoursToFirstAnswer\n    }\n  }\n"): typeof import('./graphql').ConfidentialFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConfidentialThread($input: StartConfidentialThreadInput!) {\n    startConfidentialThread(input: $input) {\n      receipt\n      thread {\n        ...ConfidentialThreadFields\n      }\n    }\n  }\n"): typeof import('./graphql').StartConfidentialThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToConfidentialThread($input: ReplyToConfidentialThreadInput!) {\n    replyToConfidentialThread(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').ReplyToConfidentialThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').ReplyByReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConfidentialThreadStatus($input: SetConfidentialThreadStatusInput!) {\n    setConfidentialThreadStatus(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').SetConfidentialThreadStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConfidentialNote($input: AddConfidentialNoteInput!) {\n    addConfidentialNote(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').AddConfidentialNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConfidentialRetention($input: SetConfidentialRetentionInput!) {\n    setConfidentialRetention(input: $input) {\n      ...ConfidentialThreadFields\n    }\n  }\n"): typeof import('./graphql').SetConfidentialRetentionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConfidentialThread($id: ID!) {\n    deleteConfidentialThread(id: $id)\n  }\n"): typeof import('./graphql').DeleteConfidentialThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConfidentialAccess($confidantId: ID!) {\n    grantConfidentialAccess(confidantId: $confidantId)\n  }\n"): typeof import('./graphql').GrantConfidentialAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConfidentialRecoveryKey {\n    createConfidentialRecoveryKey\n  }\n"): typeof import('./graphql').CreateConfidentialRecoveryKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverConfidentialKeys($recoveryKey: String!) {\n    recoverConfidentialKeys(recoveryKey: $recoveryKey)\n  }\n"): typeof import('./graphql').RecoverConfidentialKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDashboard {\n    myDashboard {\n      unreadNotifications {\n        totalCount\n        items {\n          id\n          kind\n          link\n          createdAt\n          params {\n            name\n            value\n          }\n        }\n      }\n      student {\n        continueLesson {\n          lessonId\n          lessonTitle\n          moduleId\n          moduleTitle\n        }\n        dueSoon {\n          days\n          totalCount\n          items {\n            dueAt\n            extended\n            assignment {\n              id\n              title\n              module {\n                id\n                title\n              }\n              mySubmissions {\n                id\n                attempt\n                status\n                late\n                grade {\n                  id\n                  passed\n                }\n              }\n            }\n          }\n        }\n        latestFeedback {\n          id\n          attempt\n          assignment {\n            id\n            title\n          }\n          grade {\n            id\n            passed\n            feedbackHtml\n            releasedAt\n          }\n        }\n      }\n      docent {\n        waitingForGrading {\n          totalWaiting\n          entries {\n            cohortId\n            cohortName\n            assignmentId\n            assignmentTitle\n            waiting\n            oldestSubmittedAt\n          }\n        }\n      }\n      admin {\n        openIntakeRequests {\n          totalCount\n          items {\n            id\n            name\n            organisation\n            createdAt\n          }\n        }\n        openProposals {\n          totalCount\n          items {\n            id\n            trackTitle\n            groupCount\n            studentCount\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GradeFields on Grade {\n    id\n    markerRole\n    status\n    agreed\n    passed\n    totalPoints\n    feedback\n    feedbackHtml\n    version\n    releasedAt\n    updatedAt\n    scores {\n      criterionId\n      points\n    }\n    marker {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GradeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExtensionFields on AssignmentExtension {\n    assignmentId\n    studentId\n    dueAt\n    reason\n    updatedAt\n  }\n"): typeof import('./graphql').ExtensionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingFilters {\n    myCohorts {\n      id\n      name\n      track {\n        id\n        title\n        modules {\n          id\n          title\n          assignments {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingQueue($filter: GradingQueueFilterInput, $page: PageInput) {\n    gradingQueue(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        attempt\n        status\n        late\n        submittedAt\n        authorName\n        anonymised\n        releasable\n        gradingState\n        assignment {\n          id\n          title\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GradingQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GradingSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      attempt\n      status\n      text\n      late\n      submittedAt\n      authorName\n      anonymised\n      author {\n        id\n      }\n      awaitingGrade\n      releasable\n      canRequestRevision\n      gradingState\n      myGrade {\n        ...GradeFields\n      }\n      revisionCommentHtml\n      revisionRequestedAt\n      files {\n        ...SubmissionFileFields\n      }\n      extension {\n        ...ExtensionFields\n      }\n      previousAttempts {\n        id\n        attempt\n        status\n        text\n        late\n        submittedAt\n        revisionCommentHtml\n        revisionRequestedAt\n        files {\n          ...SubmissionFileFields\n        }\n        grade {\n          ...GradeFields\n        }\n      }\n      cohort {\n        id\n        name\n      }\n      assignment {\n        id\n        title\n        dueDates {\n          cohortId\n          dueAt\n        }\n        instructionsHtml\n        submissionKind\n        maxAttempts\n        anonymousGrading\n        doubleMarking\n        doubleMarkingThreshold\n        module {\n          id\n          title\n        }\n        rubric {\n          ...RubricFields\n        }\n      }\n      grades {\n        ...GradeFields\n      }\n    }\n  }\n"): typeof import('./graphql').GradingSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGrade($input: SaveGradeInput!) {\n    saveGrade(input: $input) {\n      ...GradeFields\n    }\n  }\n"): typeof import('./graphql').SaveGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RubricVerdict($input: RubricVerdictInput!) {\n    rubricVerdict(input: $input) {\n      totalPoints\n      maxPoints\n      passed\n      complete\n    }\n  }\n"): typeof import('./graphql').RubricVerdictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseGrades($submissionIds: [ID!]!) {\n    releaseGrades(submissionIds: $submissionIds) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReleaseGradesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRevision($input: RequestRevisionInput!) {\n    requestRevision(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantExtension($input: GrantExtensionInput!) {\n    grantExtension(input: $input) {\n      ...ExtensionFields\n    }\n  }\n"): typeof import('./graphql').GrantExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeExtension($input: RevokeExtensionInput!) {\n    revokeExtension(input: $input)\n  }\n"): typeof import('./graphql').RevokeExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentCohortOverview($assignmentId: ID!, $cohortId: ID!) {\n    assignment(id: $assignmentId) {\n      id\n      title\n    }\n    assignmentCohortOverview(assignmentId: $assignmentId, cohortId: $cohortId) {\n      assignmentId\n      cohortId\n      cohortName\n      cohortDueAt\n      anonymousGrading\n      students {\n        studentId\n        studentName\n        attemptsHidden\n        attempts\n        latestStatus\n        latestSubmissionId\n        late\n        effectiveDueAt\n        extension {\n          ...ExtensionFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentCohortOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningModuleCard on LearningModule {\n    id\n    trackId\n    title\n    summary\n    position\n    studyHours\n    accreditationPoints\n    locked\n    completed\n    progressPercent\n    lessonCount\n    lessonsCompleted\n    nextLessonId\n    preview\n    unmetRequirements {\n      kind\n      subjectId\n      title\n    }\n    unlockedBy {\n      id\n      title\n      completed\n    }\n  }\n"): typeof import('./graphql').LearningModuleCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningModuleDetail on LearningModule {\n    ...LearningModuleCard\n    learningGoals\n    lessons {\n      id\n      title\n      position\n      locked\n      completed\n      completedAt\n    }\n  }\n"): typeof import('./graphql').LearningModuleDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextLessonFields on NextLesson {\n    lessonId\n    lessonTitle\n    moduleId\n    moduleTitle\n    trackId\n  }\n"): typeof import('./graphql').NextLessonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearning {\n    myLearning {\n      continueLesson {\n        ...NextLessonFields\n      }\n      enrollments {\n        progressPercent\n        completedModules\n        totalModules\n        enrollment {\n          id\n          status\n          enrolledAt\n          completedAt\n        }\n        track {\n          id\n          code\n          title\n          description\n        }\n        nextLesson {\n          ...NextLessonFields\n        }\n        modules {\n          ...LearningModuleCard\n        }\n      }\n      otherTracks {\n        canEnroll\n        blockedReason\n        track {\n          id\n          code\n          title\n          description\n          targetAudience\n        }\n        requiresTrack {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyLearningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningModule($id: ID!) {\n    learningModule(id: $id) {\n      ...LearningModuleDetail\n    }\n  }\n"): typeof import('./graphql').LearningModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonContent on Lesson {\n    id\n    moduleId\n    title\n    position\n    bodyHtml\n    videoUrl\n    completed\n    attachments {\n      id\n      originalName\n      mimeType\n      size\n      downloadPath\n    }\n  }\n"): typeof import('./graphql').LessonContentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lesson($id: ID!) {\n    lesson(id: $id) {\n      ...LessonContent\n    }\n  }\n"): typeof import('./graphql').LessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      lessonId\n      module {\n        ...LearningModuleDetail\n      }\n      enrollment {\n        progressPercent\n        completedModules\n        totalModules\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollInTrack($trackId: ID!) {\n    enrollInTrack(trackId: $trackId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EnrollInTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: PageInput, $unreadOnly: Boolean) {\n    unreadNotificationCount\n    myNotifications(page: $page, unreadOnly: $unreadOnly) {\n      totalCount\n      offset\n      limit\n      items {\n        id\n        kind\n        link\n        createdAt\n        readAt\n        params {\n          name\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailMode!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestHour($hour: Int!) {\n    setDigestHour(hour: $hour) {\n      digestHour\n      preferences {\n        kind\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SetDigestHourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"): typeof import('./graphql').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCatalogue {\n    publicCatalogue {\n      id\n      code\n      title\n      description\n      targetAudience\n      certificateValidityMonths\n      requiresTrackCode\n      requiresTrackTitle\n      totalStudyHours\n      totalAccreditationPoints\n      modules {\n        id\n        title\n        summary\n        position\n        studyHours\n        accreditationPoints\n        lessonCount\n      }\n    }\n  }\n"): typeof import('./graphql').PublicCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIntakeRequest($input: SubmitIntakeRequestInput!) {\n    submitIntakeRequest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitIntakeRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n    locale\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').SetMyLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    status\n    createdAt\n    deactivatedAt\n    discipline {\n      id\n      nameNl\n      nameEn\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UserRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UsersFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      offset\n      limit\n      items {\n        ...UserRow\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteOptions {\n    disciplines {\n      id\n      code\n      nameNl\n      nameEn\n    }\n    organisations(page: { limit: 100 }) {\n      totalCount\n      items {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InviteOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').InviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').SetUserRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
