import { describe, expect, it } from 'vitest';
import { DomainError } from '@imh/common';
import { Locale, LoginInput } from '@imh/identity';
import { validationPipe } from './validation.pipe';

describe('validationPipe', () => {
  it('validates and transforms an input class', async () => {
    const input = await validationPipe.transform(
      { email: '  Someone@Example.ORG ', password: 'secret-password' },
      { type: 'body', metatype: LoginInput },
    );
    expect(input).toBeInstanceOf(LoginInput);
    expect(input).toEqual({ email: 'someone@example.org', password: 'secret-password' });
  });

  it('turns every bad field into one BAD_USER_INPUT DomainError', async () => {
    const failure = validationPipe.transform({ email: 'nope', password: '' }, { type: 'body', metatype: LoginInput });
    await expect(failure).rejects.toBeInstanceOf(DomainError);
    await expect(failure).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Enter a valid e-mail address.',
      options: {
        reason: 'VALIDATION_FAILED',
        fields: { email: 'Enter a valid e-mail address.', password: 'Enter your password.' },
      },
    });
  });

  it('leaves an enum argument alone (SWC records the enum object as its type)', async () => {
    // GraphQL has already checked the value against the enum.
    await expect(validationPipe.transform('en', { type: 'body', metatype: Locale as never })).resolves.toBe('en');
    await expect(validationPipe.transform('nl', { type: 'body', metatype: String })).resolves.toBe('nl');
  });
});
