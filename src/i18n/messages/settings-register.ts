import { registerMessages } from '../catalog.ts';
import { settingsMessages } from './settings.ts';

// Importing this module makes the area's strings available; the update notice imports it.
registerMessages(settingsMessages);
