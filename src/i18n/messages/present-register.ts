import { registerMessages } from '../catalog.ts';
import { presentMessages } from './present.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(presentMessages);
