export * from './certification-refusal';
export * from './entities/certificate.entity';
export * from './entities/certification-counter.entity';
export * from './entities/issuer-key.entity';
