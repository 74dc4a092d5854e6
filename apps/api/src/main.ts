import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError } from '@imh/config';
import { apiConfig, createApiApp } from './bootstrap';

async function main() {
  const app = await createApiApp();
  const config = apiConfig(app);
  await app.listen(config.PORT);
  new Logger('Api').log(`GraphQL at http://localhost:${config.PORT}/graphql`);
}

main().catch((error) => {
  // A bad configuration names every bad variable; anything else is a crash with its stack.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
