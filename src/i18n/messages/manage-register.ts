import { registerMessages } from '../catalog.ts';
import { manageMessages } from './manage.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(manageMessages);
