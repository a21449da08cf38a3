import type { ReleaseStepDefinition } from '../state.js';

/** Waits for the artifacts' digests, which are made while the lockfiles are cataloged. */
export const hashStep: ReleaseStepDefinition = {
  name: 'hash',
  needs: ['collect'],
  async run({ hashing }) {
    if (hashing === undefined) throw new Error('hash runs after collect');
    return { artifacts: await hashing };
  },
};
