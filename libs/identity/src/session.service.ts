import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor, Role } from '@imh/common';
import { AppConfig } from '@imh/config';
import { Session } from './entities/session.entity';
import { User, UserStatus } from './entities/user.entity';
import { hashToken, newToken } from './tokens';

export interface ResolvedSession {
  session: Session;
  user: User;
}

/** Server-side sessions in Postgres, so API replicas stay stateless. */
@Injectable()
export class SessionService {
  /** Touch `last_seen_at` at most this often, so reads don't write on every request. */
  private static readonly TOUCH_EVERY_MS = 60_000;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private idleMs() {
    return this.config.SESSION_IDLE_HOURS * 3600_000;
  }

  async start(
    manager: EntityManager,
    userId: string,
    userAgent?: string,
  ): Promise<{ token: string; session: Session }> {
    const { token, hash } = newToken();
    const now = new Date();
    const session = manager.create(Session, {
      tokenHash: hash,
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.idleMs()),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await manager.save(session);
    return { token, session };
  }

  /** The live session and active user for a cookie token, or null. One query. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const session = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :hash', { hash: hashToken(token) })
      .andWhere('s.expires_at > now()')
      .andWhere('u.status = :active', { active: UserStatus.ACTIVE })
      .getOne();
    if (!session?.user) return null;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > SessionService.TOUCH_EVERY_MS) {
      await this.dataSource
        .getRepository(Session)
        .update(session.id, { lastSeenAt: new Date(now), expiresAt: new Date(now + this.idleMs()) });
    }
    return { session, user: session.user };
  }

  /**
   * The actor of a cookie token (its live session and active user), or null: `resolve` for every
   * request, reading only what an actor holds, in one statement of fixed text with no entities
   * to build (the session middleware runs it for each GraphQL request).
   */
  async resolveActor(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const rows = (await this.dataSource.query(SessionService.ACTOR_SQL, [hashToken(token), UserStatus.ACTIVE])) as {
      id: string;
      user_id: string;
      last_seen_at: Date;
      roles: Role[];
    }[];
    const [row] = rows;
    if (!row) return null;
    const now = Date.now();
    if (now - row.last_seen_at.getTime() > SessionService.TOUCH_EVERY_MS) {
      await this.dataSource
        .getRepository(Session)
        .update(row.id, { lastSeenAt: new Date(now), expiresAt: new Date(now + this.idleMs()) });
    }
    return { userId: row.user_id, roles: row.roles, sessionId: row.id };
  }

  private static readonly ACTOR_SQL = `SELECT s.id, s.user_id, s.last_seen_at, u.roles::text[] AS roles
      FROM session s JOIN "user" u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.status = $2`;

  async end(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete(sessionId);
  }

  async endAllForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Session, { userId });
  }
}
