/** Set on the address changes a lesson makes to follow the reader's scrolling, so they do not count as going somewhere. */
export interface FollowedState {
  followed: true;
}

export const FOLLOWED: FollowedState = { followed: true };

export function isFollowed(state: unknown): boolean {
  return (state as Partial<FollowedState> | null)?.followed === true;
}
