import { Paginated } from '../graphql/paginated';
import { ObjectType } from '@nestjs/graphql';
import { Enrollment, IntakeRequest } from '@imh/catalogue';

@ObjectType()
export class EnrollmentPage extends Paginated(Enrollment) {}

@ObjectType()
export class IntakeRequestPage extends Paginated(IntakeRequest) {}
