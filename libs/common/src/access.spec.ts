import type { DataSource, EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { ContextAccess, type PermissionRule } from './access';
import { Role, type Actor } from './actor';
import { DomainError, ErrorCode } from './domain-error';

enum NotePermission {
  READ = 'READ',
  EDIT = 'EDIT',
}

/** A context whose notes belong to their author; EDIT explains itself for locked notes. */
class NoteAccess extends ContextAccess<NotePermission> {
  queries: string[][] = [];
  constructor(
    private readonly owners: Record<string, string>,
    private readonly locked: Set<string> = new Set(),
  ) {
    super({ manager: {} } as DataSource);
  }
  protected readonly rules: Record<NotePermission, PermissionRule> = {
    READ: { deny: 'NOT_FOUND', what: 'Note' },
    EDIT: { deny: 'FORBIDDEN', message: 'Not your note.', reason: 'NOT_YOUR_NOTE' },
  };
  protected allowed(actor: Actor, permission: NotePermission, ids: string[]) {
    this.queries.push(ids);
    return Promise.resolve(
      new Set(ids.filter((id) => this.owners[id] === actor.userId && !(permission === 'EDIT' && this.locked.has(id)))),
    );
  }
  protected override explain(_a: Actor, _p: NotePermission, refused: string[], _m: EntityManager) {
    const locked = refused.filter((id) => this.locked.has(id));
    return Promise.resolve(
      locked.length ? DomainError.forbidden('Locked.', 'NOTE_LOCKED', { notes: locked }) : undefined,
    );
  }
}

const ann: Actor = { userId: 'ann', roles: [Role.STUDENT] };

describe(ContextAccess.name, () => {
  it('answers a whole set of ids with one query, deduplicated', async () => {
    const sut = new NoteAccess({ a: 'ann', b: 'bob', c: 'ann' });
    const allowed = await sut.check({ actor: ann, permission: NotePermission.READ, ids: ['a', 'b', 'c', 'a'] });
    expect([...allowed].sort()).toEqual(['a', 'c']);
    expect(sut.queries).toEqual([['a', 'b', 'c']]);
  });

  it('asks nothing for an empty set', async () => {
    const sut = new NoteAccess({});
    expect((await sut.check({ actor: ann, permission: NotePermission.READ, ids: [] })).size).toBe(0);
    expect(sut.queries).toEqual([]);
  });

  it('refuses signed-out actors before any query', async () => {
    const sut = new NoteAccess({ a: 'ann' });
    await expect(sut.check({ actor: null, permission: NotePermission.READ, ids: ['a'] })).rejects.toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
    });
    expect(sut.queries).toEqual([]);
  });

  it('reports a refused read as NOT_FOUND, like a missing id', async () => {
    const sut = new NoteAccess({ a: 'ann', b: 'bob' });
    await expect(sut.require({ actor: ann, permission: NotePermission.READ, ids: ['a', 'b'] })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await expect(sut.require({ actor: ann, permission: NotePermission.READ, ids: ['nope'] })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await expect(sut.require({ actor: ann, permission: NotePermission.READ, ids: ['a'] })).resolves.toBeUndefined();
  });

  it('reports a refused write with its reason, or the precise one the context names', async () => {
    const sut = new NoteAccess({ a: 'ann', b: 'bob', l: 'ann' }, new Set(['l']));
    await expect(sut.require({ actor: ann, permission: NotePermission.EDIT, ids: ['b'] })).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      options: { reason: 'NOT_YOUR_NOTE' },
    });
    await expect(sut.require({ actor: ann, permission: NotePermission.EDIT, ids: ['l'] })).rejects.toMatchObject({
      options: { reason: 'NOTE_LOCKED', params: { notes: ['l'] } },
    });
    expect(await sut.can({ actor: ann, permission: NotePermission.EDIT, ids: ['a'] })).toBe(true);
  });
});
