import { DataSource } from 'typeorm';
import { CertificatePdfService } from '@imh/certification';
import { AppConfig } from '@imh/config';
import { createFileStorage } from '@imh/files';
import { Discipline, hashPassword, Organisation, User, UserStatus } from '@imh/identity';
import { seedDemoAssignments } from './demo-assignments';
import { DEMO_TRACKS, seedDemoCatalogue } from './demo-catalogue';
import { seedDemoCertification } from './demo-certification';
import { seedDemoConfidential } from './demo-confidential';
import { DEMO_POOL_STUDENTS, seedDemoCohorts } from './demo-cohorts';
import { DEMO_USERS, DISCIPLINES, ORGANISATIONS } from './demo-identity';
import { seedDemoRegisters } from './demo-registers';
import { seedDemoWork } from './demo-work';

/**
 * Seeds the demo programme, with something to do for each role on first login: a pool to form
 * groups from (admin), handed-in work to grade (docent), a released grade and an assignment
 * due soon (student). Idempotent: run it on every `npm start`; it inserts what is missing and
 * puts the demo users back to their roles and the current DEMO_PASSWORD.
 */
export async function seedDemo(
  dataSource: DataSource,
  opts: { demoPassword: string; config?: AppConfig },
): Promise<void> {
  const passwordHash = await hashPassword(opts.demoPassword);
  const config = opts.config ?? new AppConfig();
  const withoutPdf = await dataSource.transaction(async (manager) => {
    await manager.upsert(Discipline, DISCIPLINES, ['code']);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Organisation)
      .values(ORGANISATIONS.map((name) => ({ name })))
      .orIgnore()
      .execute();
    const disciplines = new Map((await manager.find(Discipline)).map((d) => [d.code, d.id]));
    const organisations = new Map((await manager.find(Organisation)).map((o) => [o.name, o.id]));
    for (const demo of DEMO_USERS) {
      await manager.upsert(
        User,
        {
          email: demo.email,
          name: demo.name,
          roles: demo.roles,
          status: UserStatus.ACTIVE,
          passwordHash,
          disciplineId: demo.discipline ? disciplines.get(demo.discipline)! : null,
          organisationId: demo.organisation ? organisations.get(demo.organisation)! : null,
          deactivatedAt: null,
        },
        ['email'],
      );
    }
    await seedDemoCatalogue(manager, 'student@imh.test');
    await seedDemoCohorts(manager, passwordHash);
    await seedDemoAssignments(manager);
    await seedDemoWork(manager);
    await seedDemoRegisters(
      manager,
      DEMO_TRACKS.flatMap((t) => t.modules.map((m) => m.title)),
    );
    const certificates = await seedDemoCertification(manager, { passwordHash, portalUrl: config.PORTAL_URL });
    await seedDemoConfidential(manager, opts.demoPassword, [
      ...DEMO_USERS.map((u) => u.email),
      ...DEMO_POOL_STUDENTS.map((u) => u.email),
    ]);
    return certificates;
  });
  // The demo certificate's PDF, made as the worker makes one, into the configured storage.
  if (opts.config) {
    const pdfs = new CertificatePdfService(dataSource, createFileStorage(opts.config), opts.config);
    for (const id of withoutPdf) await pdfs.render(id);
  }
}
