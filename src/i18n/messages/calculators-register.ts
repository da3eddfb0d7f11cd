import { registerMessages } from '../catalog.ts';
import { calculatorMessages } from './calculators.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(calculatorMessages);
