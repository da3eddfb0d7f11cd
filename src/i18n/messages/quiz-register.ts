import { registerMessages } from '../catalog.ts';
import { quizMessages } from './quiz.ts';

// Importing this module makes the area's strings available; the feature's modules import it.
registerMessages(quizMessages);
