import { AuthResolver } from './identity/auth.resolver';
import { UserResolver } from './identity/user.resolver';

/** Every resolver, for the module and for generating the schema without a database. */
export const RESOLVERS = [AuthResolver, UserResolver];
