import { registerMessages } from '../catalog.ts';
import { manageToolMessages } from './manage-tools.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(manageToolMessages);
