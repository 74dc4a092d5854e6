import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError } from '@imh/common';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    const first = Object.values(e.constraints ?? {})[0];
    if (first) fields[key] = first;
    if (e.children?.length) Object.assign(fields, flatten(e.children, key));
  }
  return fields;
}

/** Only classes are input DTOs. */
class InputValidationPipe extends ValidationPipe {
  // SWC records an enum argument's type as the enum object itself (tsc records String), and
  // ValidationPipe would then reject every value as unknown. GraphQL already checks enums.
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && super.toValidate(metadata);
  }
}

/** Validates every input DTO; a bad one becomes BAD_USER_INPUT naming each bad field. */
export const validationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    return DomainError.badInput(Object.values(fields)[0] ?? 'Invalid input.', fields, 'VALIDATION_FAILED');
  },
});
