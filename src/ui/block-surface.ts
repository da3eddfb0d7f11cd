import { createContext, useContext } from 'react';

/**
 * Where blocks are drawn: `page` is a reading page (the lesson, a phone, the depth), `canvas` the
 * fixed 16:9 slide canvas projected to a room, where interactive blocks take their large
 * projection forms.
 */
export type BlockSurface = 'page' | 'canvas';

const BlockSurfaceContext = createContext<BlockSurface>('page');

export const BlockSurfaceProvider = BlockSurfaceContext.Provider;

export function useBlockSurface(): BlockSurface {
  return useContext(BlockSurfaceContext);
}
