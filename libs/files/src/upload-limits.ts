import { Field, Float, ObjectType } from '@nestjs/graphql';

/**
 * What the server accepts as an upload, so the portal can say so before sending megabytes:
 * the size limit (MAX_UPLOAD_BYTES) here, the types per purpose through the API's
 * `allowedTypes(purpose)` field. The server refuses anything else all the same.
 */
@ObjectType({ description: 'What POST /files accepts. The server checks again on every upload.' })
export class UploadLimits {
  @Field(() => Float, { description: 'The largest file accepted, in bytes (MAX_UPLOAD_BYTES).' })
  maxBytes: number;
}
