/**
 * A named point in a multi-file write where crash tests stop the process as a power cut would
 * (SIGKILL: no clean-up runs). Only with NODE_ENV=test and ISMS_FAULT_STEP naming the point, so
 * no ordinary run can reach it.
 */
export const faultStep = (step: string): void => {
  if (process.env['NODE_ENV'] !== 'test') return;
  if (process.env['ISMS_FAULT_STEP'] !== step) return;
  process.kill(process.pid, 'SIGKILL');
};
