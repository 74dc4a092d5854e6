import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AccreditationExport,
  AccreditationExportInput,
  AccreditationProfile,
  AccreditationService,
  RecordRegistrationInput,
  Register,
  RegisterPoints,
  RemoveRegistrationInput,
  SetDisciplineRegistersInput,
  SetModuleRegisterPointsInput,
} from '@imh/certification';
import { type Actor, CommonRefusal, DomainError } from '@imh/common';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuid } from '../graphql/uuid.pipe';

const optionalUuid = new ParseUUIDPipe({
  optional: true,
  exceptionFactory: () => DomainError.badInput('Not a valid id.', { id: 'invalid' }, CommonRefusal.INVALID_ID),
});

/** Professional registers: students' numbers, points per register and year, and the admins' exports. */
@Resolver()
export class AccreditationResolver {
  constructor(private readonly service: AccreditationService) {}

  @Query(() => [Register], {
    description: 'The professional registers; with disciplineId, those offered to that discipline.',
  })
  registers(
    @CurrentActor() actor: Actor | null,
    @Args('disciplineId', { type: () => ID, nullable: true }, optionalUuid) disciplineId?: string,
  ) {
    return disciplineId ? this.service.disciplineRegisters(actor, disciplineId) : this.service.registers(actor);
  }

  @Query(() => AccreditationProfile, {
    description:
      "The signed-in student's registers, numbers and points per year and register; admins may name another student.",
  })
  accreditation(
    @CurrentActor() actor: Actor | null,
    @Args('studentId', { type: () => ID, nullable: true }, optionalUuid) studentId?: string,
  ) {
    return this.service.profile(actor, studentId);
  }

  @Mutation(() => AccreditationProfile, {
    description: 'Record (or change) a register number. BAD_USER_INPUT when its format or the register is wrong.',
  })
  recordRegistration(@CurrentActor() actor: Actor | null, @Args('input') input: RecordRegistrationInput) {
    return this.service.record(actor, input);
  }

  @Mutation(() => AccreditationProfile, { description: 'Remove a register number.' })
  removeRegistration(@CurrentActor() actor: Actor | null, @Args('input') input: RemoveRegistrationInput) {
    return this.service.remove(actor, input);
  }

  @Query(() => [RegisterPoints], { description: "Admins: a module's points per register." })
  moduleRegisterPoints(
    @CurrentActor() actor: Actor | null,
    @Args('moduleId', { type: () => ID }, uuid) moduleId: string,
  ) {
    return this.service.moduleRegisterPoints(actor, moduleId);
  }

  @Mutation(() => [RegisterPoints], { description: "Admins: set a module's points per register (the whole set)." })
  setModuleRegisterPoints(@CurrentActor() actor: Actor | null, @Args('input') input: SetModuleRegisterPointsInput) {
    return this.service.setModuleRegisterPoints(actor, input);
  }

  @Mutation(() => [Register], { description: 'Admins: set the registers offered to a discipline (the whole set).' })
  setDisciplineRegisters(@CurrentActor() actor: Actor | null, @Args('input') input: SetDisciplineRegistersInput) {
    return this.service.setDisciplineRegisters(actor, input);
  }

  @Query(() => AccreditationExport, {
    description:
      "Admins: one register's points over a period, as CSV and as PE-online lists per course edition, and who has no number.",
  })
  accreditationExport(@CurrentActor() actor: Actor | null, @Args('input') input: AccreditationExportInput) {
    return this.service.export(actor, input);
  }
}
