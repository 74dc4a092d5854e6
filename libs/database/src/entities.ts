import { AuditEvent } from '@imh/audit';
import { Discipline, Organisation, Session, User, UserToken } from '@imh/identity';

/** Every entity of every context. A new context adds its entities here. */
export const ENTITIES = [User, Discipline, Organisation, Session, UserToken, AuditEvent];
