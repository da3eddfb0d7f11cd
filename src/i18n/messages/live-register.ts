import { registerMessages } from '../catalog.ts';
import { liveMessages } from './live.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(liveMessages);
