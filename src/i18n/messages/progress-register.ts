import { registerMessages } from '../catalog.ts';
import { progressMessages } from './progress.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(progressMessages);
