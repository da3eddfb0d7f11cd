import { registerMessages } from '../catalog.ts';
import { joinMessages } from './join.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(joinMessages);
