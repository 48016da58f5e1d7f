import { taskById, type DirectiveState } from '../domain/directive.state';

/** The lead and coordinating units of a task, whose hand-overs the access policy needs. */
export function unitsOf(s: DirectiveState, taskId: string): string[] {
  const task = taskById(s, taskId);
  return task ? [task.spec.lead, ...task.spec.coordinating] : [];
}
