import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { StoredFile } from '@imh/files';

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @ResolveField(() => String, {
    description: 'Where to download it (GET, with the session cookie). Not a public URL: every download is checked.',
  })
  downloadPath(@Parent() file: StoredFile) {
    return `/files/${file.id}`;
  }
}
