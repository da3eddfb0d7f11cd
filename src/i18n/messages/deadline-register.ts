import { registerMessages } from '../catalog.ts';
import { deadlineMessages } from './deadline.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(deadlineMessages);
