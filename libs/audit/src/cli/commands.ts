import { type Command, BASE_COMMANDS } from './run-audit-cli';
import { asOfCommand, replayCommand } from './read-side.commands';

/** Every command of `npm run audit`. */
export const AUDIT_COMMANDS: Record<string, Command> = { ...BASE_COMMANDS, replay: replayCommand, 'as-of': asOfCommand };
