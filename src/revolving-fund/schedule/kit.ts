import { type StageKit, stageKit } from '../../_internal/stage-kit.js';
import { scheduleStageMessages } from './messages.js';

/** The schedule stage's issue kit: its catalogue, errors in the context `loan`. */
export const scheduleKit: StageKit = stageKit(scheduleStageMessages, 'loan');
