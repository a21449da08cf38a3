import type { ReleaseStepRun } from '../state.js';

/** Waits for the artifacts' digests, which are made while the lockfiles are cataloged. */
export const runHashStep: ReleaseStepRun = async ({ hashing }) => {
  if (hashing === undefined) throw new Error('hash runs after collect');
  return { artifacts: await hashing };
};
