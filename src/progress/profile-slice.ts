import type { Profile, ProfileInput } from './progress-schema.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export interface ProfileSlice {
  profile: Profile | null;
  setProfile: (profile: ProfileInput) => void;
}

export const createProfileSlice: ProgressSliceCreator<ProfileSlice> = (set) => ({
  profile: null,
  setProfile: ({ displayName, employeeId, team }) =>
    set({ profile: { displayName, employeeId, team, updatedAt: Date.now() } }),
});
