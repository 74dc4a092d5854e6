import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@imh/common';

/** For `ID` arguments: anything but a UUID is BAD_USER_INPUT, not a database error. */
export const uuid = new ParseUUIDPipe({
  exceptionFactory: () => DomainError.badInput('Not a valid id.', { id: 'invalid' }, 'INVALID_ID'),
});
