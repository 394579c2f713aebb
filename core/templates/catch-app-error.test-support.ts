import { AppError } from '../errors';

/** Runs `action` and returns the AppError it throws; fails the test if it throws nothing. */
export const catchAppError = (action: () => unknown): AppError => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};
