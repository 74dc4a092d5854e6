import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@imh/config';

/**
 * The one Redis connection of identity's rate limits and known devices, so every API replica
 * sees the same counts. Keys start with QUEUE_PREFIX, so tests and deployments never share them.
 */
@Injectable()
export class IdentityRedis implements OnModuleDestroy {
  readonly client: Redis;
  readonly prefix: string;

  constructor(config: AppConfig) {
    this.client = new Redis(config.REDIS_URL, {
      enableOfflineQueue: true,
      maxRetriesPerRequest: 2,
      lazyConnect: false,
    });
    this.prefix = config.QUEUE_PREFIX;
  }

  onModuleDestroy() {
    this.client.disconnect();
  }
}
