import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, assertSignedIn, clampPage, DomainError, Page, Role } from '@imh/common';
import { SetUserRolesInput } from './dto/set-user-roles.input';
import { PageInput, UsersFilterInput } from './dto/users-filter.input';
import { Discipline } from './entities/discipline.entity';
import { Organisation } from './entities/organisation.entity';
import { Locale, User, UserStatus } from './entities/user.entity';
import { IdentityRefusal } from './identity-refusal';
import { IdentityPolicy } from './identity.policy';
import { SessionService } from './session.service';

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor | null, filter: UsersFilterInput = {}, page?: PageInput): Promise<Page<User>> {
    IdentityPolicy.assertCanManageUsers(actor);
    const { offset, limit } = clampPage(page);
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (filter.search) {
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(filter.search.trim())}%` });
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    const [items, totalCount] = await qb
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, totalCount, offset, limit };
  }

  async setRoles(actor: Actor | null, input: SetUserRolesInput): Promise<User> {
    IdentityPolicy.assertCanManageUsers(actor);
    if (input.userId === actor.userId && !input.roles.includes(Role.ADMIN)) {
      throw DomainError.badInput(
        'You cannot remove your own admin role.',
        { roles: 'self' },
        IdentityRefusal.SELF_DEMOTION,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: input.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('User');
      const before = [...user.roles].sort();
      user.roles = [...input.roles].sort();
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.roles_changed',
        subjectType: 'user',
        subjectId: user.id,
        data: { before, after: user.roles },
      });
      return user;
    });
  }

  /** Deactivation ends every session of the user at once, in the same transaction. */
  async deactivate(actor: Actor | null, userId: string): Promise<User> {
    IdentityPolicy.assertCanManageUsers(actor);
    if (userId === actor.userId) {
      throw DomainError.badInput(
        'You cannot deactivate your own account.',
        { userId: 'self' },
        IdentityRefusal.SELF_DEACTIVATION,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('User');
      if (user.status === UserStatus.DEACTIVATED) return user;
      const before = user.status;
      user.status = UserStatus.DEACTIVATED;
      user.deactivatedAt = new Date();
      await manager.save(user);
      await this.sessions.endAllForUser(manager, user.id);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.deactivated',
        subjectType: 'user',
        subjectId: user.id,
        data: { before },
      });
      return user;
    });
  }

  async reactivate(actor: Actor | null, userId: string): Promise<User> {
    IdentityPolicy.assertCanManageUsers(actor);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('User');
      if (user.status !== UserStatus.DEACTIVATED) return user;
      user.status = user.passwordHash ? UserStatus.ACTIVE : UserStatus.INVITED;
      user.deactivatedAt = null;
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.reactivated',
        subjectType: 'user',
        subjectId: user.id,
      });
      return user;
    });
  }

  async findById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  async setLocale(actor: Actor | null, locale: Locale): Promise<User> {
    assertSignedIn(actor);
    await this.dataSource.getRepository(User).update(actor.userId, { locale });
    return this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
  }

  async disciplines(): Promise<Discipline[]> {
    return this.dataSource.getRepository(Discipline).find({ order: { nameNl: 'ASC' } });
  }

  async organisations(actor: Actor | null, search: string | undefined, page?: PageInput): Promise<Page<Organisation>> {
    assertSignedIn(actor);
    const { offset, limit } = clampPage(page);
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('o');
    if (search) qb.where('o.name ILIKE :q', { q: `%${escapeLike(search.trim())}%` });
    const [items, totalCount] = await qb.orderBy('o.name').skip(offset).take(limit).getManyAndCount();
    return { items, totalCount, offset, limit };
  }

  /** For DataLoaders: many ids, one query. */
  async disciplinesByIds(ids: readonly string[]): Promise<Discipline[]> {
    return ids.length ? this.dataSource.getRepository(Discipline).findBy({ id: In([...ids]) }) : [];
  }

  async organisationsByIds(ids: readonly string[]): Promise<Organisation[]> {
    return ids.length ? this.dataSource.getRepository(Organisation).findBy({ id: In([...ids]) }) : [];
  }
}

function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
