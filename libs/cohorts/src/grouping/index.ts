export * from './grouping.types';
export { proposeGroups } from './propose-groups';
export { scoreGroups } from './grouping-score';
export { assertValidAssignment, validateAssignment } from './validate-assignment';
