export * from './confidential.access';
export * from './confidential.module';
export * from './confidential-deadlines';
export * from './confidential-reminders';
export * from './confidential-keys.service';
export * from './confidential-refusal';
export * from './confidential-thread.service';
export {
  newDataKey,
  openDataKey,
  openText,
  sealDataKey,
  sealText,
  sodiumReady,
  type KeyPair,
} from './crypto/confidential-crypto';
export * from './crypto/key-wrapping';
export * from './crypto/thread-sealing';
export * from './dto/confidential.inputs';
export * from './entities/confidential-key.entity';
export * from './entities/confidential-message.entity';
export * from './entities/confidential-reader.entity';
export * from './entities/confidential-thread.entity';
export * from './views/confidential.types';
export * from './entities/confidential-attachment.entity';
export * from './confidential-attachment.service';
export * from './confidential-notifications';
