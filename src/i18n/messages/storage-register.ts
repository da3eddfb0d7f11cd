import { registerMessages } from '../catalog.ts';
import { storageMessages } from './storage.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(storageMessages);
