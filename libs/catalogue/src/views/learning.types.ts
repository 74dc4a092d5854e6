import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Enrollment } from '../entities/enrollment.entity';
import { Track } from '../entities/track.entity';

/** A module named by another (e.g. the prerequisite that unlocks it). */
/**
 * An extra requirement of a module not met yet (e.g. an assignment not passed), named by a
 * reason the portal translates (a refusal value such as ASSIGNMENT_NOT_PASSED) and what it is about.
 */
@ObjectType()
export class UnmetRequirement {
  @Field({ description: 'Which requirement: a refusal value (see refusalVocabulary), e.g. ASSIGNMENT_NOT_PASSED.' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'What it is about, e.g. the assignment.' })
  subjectId: string | null;

  @Field({ description: 'The title of what it is about.' })
  subjectTitle: string;
}

@ObjectType()
export class ModuleRef {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID)
  trackId: string;

  @Field({ description: 'Completed by this student.' })
  completed: boolean;
}

@ObjectType()
export class LearningLesson {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  completed: boolean;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field({
    description: 'Lessons open in order: true until the lessons before it are done (or while the module is locked).',
  })
  locked: boolean;
}

/** A module as a student sees it: progress, and whether (and by what) it is locked. */
@ObjectType()
export class LearningModule {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Float)
  studyHours: number;

  @Field(() => Int)
  accreditationPoints: number;

  @Field(() => [String])
  learningGoals: string[];

  @Field(() => Int)
  lessonCount: number;

  @Field(() => Int)
  lessonsCompleted: number;

  @Field(() => Int, { description: 'Lessons done, as a whole percentage.' })
  progressPercent: number;

  @Field()
  completed: boolean;

  @Field({ description: 'True while a prerequisite module is not completed.' })
  locked: boolean;

  @Field(() => [ModuleRef], { description: 'The prerequisite modules still to complete before this one opens.' })
  unlockedBy: ModuleRef[];

  @Field(() => [UnmetRequirement], { description: 'Extra requirements (e.g. assignments) not met yet.' })
  unmetRequirements: UnmetRequirement[];

  @Field(() => [LearningLesson])
  lessons: LearningLesson[];

  @Field(() => ID, { nullable: true, description: 'The first lesson not done yet, if the module is open.' })
  nextLessonId: string | null;

  @Field({ description: 'True when an admin or docent previews the student view (no progress is shown).' })
  preview: boolean;
}

@ObjectType()
export class NextLesson {
  @Field(() => ID)
  lessonId: string;

  @Field()
  lessonTitle: string;

  @Field(() => ID)
  moduleId: string;

  @Field()
  moduleTitle: string;

  @Field(() => ID)
  trackId: string;
}

@ObjectType()
export class LearningEnrollment {
  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Field(() => Track)
  track: Track;

  @Field(() => [LearningModule])
  modules: LearningModule[];

  @Field(() => Int)
  completedModules: number;

  @Field(() => Int, { description: 'Published modules in the track.' })
  totalModules: number;

  @Field(() => Int, { description: 'Completed modules as a whole percentage of the published modules.' })
  progressPercent: number;

  @Field(() => NextLesson, { nullable: true })
  nextLesson: NextLesson | null;
}

/** A published track the student is not in, and whether they can enter it now. */
@ObjectType()
export class TrackOffer {
  @Field(() => Track)
  track: Track;

  @Field()
  canEnroll: boolean;

  @Field(() => Track, { nullable: true, description: 'The track to complete first, when that is what blocks entry.' })
  requiresTrack: Track | null;

  @Field(() => String, { nullable: true, description: 'Why entry is refused, e.g. REQUIRED_TRACK_NOT_COMPLETED.' })
  blockedReason: string | null;
}

@ObjectType()
export class MyLearning {
  @Field(() => [LearningEnrollment])
  enrollments: LearningEnrollment[];

  @Field(() => NextLesson, { nullable: true, description: 'Continue where you left off.' })
  continueLesson: NextLesson | null;

  @Field(() => [TrackOffer])
  otherTracks: TrackOffer[];
}

@ObjectType()
export class CompleteLessonPayload {
  @Field(() => ID)
  lessonId: string;

  @Field(() => LearningModule)
  module: LearningModule;

  @Field(() => LearningEnrollment)
  enrollment: LearningEnrollment;
}
