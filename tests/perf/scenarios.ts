// The benchmark's scenarios: one page's GraphQL request each, exactly as the portal sends it
// (its generated documents), signed in as a persona of the seeded academy. The bench and the
// SQL-count test both read this list; a new page is measured by adding one entry here (and its
// recorded statement count in sql-counts.json).
import {
  CohortsDocument,
  ConfidentialInboxDocument,
  GradingQueueDocument,
  MyLearningDocument,
  MyDashboardDocument,
  VerifyCertificateDocument,
} from '../../apps/portal/src/gql/graphql';
import type { Persona } from './seed';

export interface ScenarioContext {
  /** A seeded certificate's verification code. */
  verificationCode: string;
}

export interface Scenario {
  name: string;
  persona: Persona;
  query: string;
  variables?: (ctx: ScenarioContext) => Record<string, unknown>;
}

export const SCENARIOS: Scenario[] = [
  { name: 'student dashboard (MyDashboard)', persona: 'student', query: String(MyDashboardDocument) },
  { name: 'student track page (MyLearning)', persona: 'student', query: String(MyLearningDocument) },
  {
    name: 'docent grading queue, page 1',
    persona: 'docent',
    query: String(GradingQueueDocument),
    variables: () => ({ filter: {}, page: { offset: 0, limit: 20 } }),
  },
  {
    name: 'admin cohort overview',
    persona: 'admin',
    query: String(CohortsDocument),
    variables: () => ({ filter: {}, page: { offset: 0, limit: 20 } }),
  },
  {
    name: 'certificate verification (signed out)',
    persona: 'visitor',
    query: String(VerifyCertificateDocument),
    variables: (ctx) => ({ code: ctx.verificationCode }),
  },
  {
    name: 'confidant inbox',
    persona: 'confidant',
    query: String(ConfidentialInboxDocument),
    variables: () => ({ page: { offset: 0, limit: 20 } }),
  },
];
