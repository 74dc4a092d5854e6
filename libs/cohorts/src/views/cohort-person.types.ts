import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A docent or student as a cohort shows them. What is filled depends on who looks: admins and
 * the cohort's docents get e-mail and organisation, fellow students only name and discipline
 * (null there means "not yours to see", not "unknown").
 */
@ObjectType()
export class CohortPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  /** Resolved to a Discipline by the API (batched). */
  disciplineId: string | null;

  /** Resolved to an Organisation by the API (batched). */
  organisationId: string | null;
}

/** The people of one cohort. */
export interface CohortPeople {
  docents: CohortPerson[];
  students: CohortPerson[];
}
