import 'i18next';
import type nl from './nl.json';

// Typed keys: `t('unknown.key')` fails typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
