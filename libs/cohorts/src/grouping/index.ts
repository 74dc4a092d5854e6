export * from './grouping.types';
export { GroupingRefusal, refusalStudentIds } from './grouping-refusals';
export { proposeGroups } from './propose-groups';
export { scoreGroups } from './grouping-score';
export { assertValidAssignment, validateAssignment } from './validate-assignment';
