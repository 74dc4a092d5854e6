import { Query, Resolver } from '@nestjs/graphql';
import { RefusalVocabulary, refusalVocabulary } from './refusal-vocabulary';

@Resolver(() => RefusalVocabulary)
export class RefusalResolver {
  /** Public: the reasons are the API's contract, not a secret. */
  @Query(() => RefusalVocabulary, { description: 'Every refusal reason the API can give, by context.' })
  refusalVocabulary(): RefusalVocabulary {
    return refusalVocabulary();
  }
}
