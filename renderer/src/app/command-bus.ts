export type AppCommand = 'export-document';

/** Routes shell commands to whichever screen handles them right now. */
export type CommandBus = {
  /** Runs the current handler; false when no screen handles the command. */
  readonly emit: (command: AppCommand) => boolean;
  readonly handle: (command: AppCommand, handler: () => void) => () => void;
};

export const createCommandBus = (): CommandBus => {
  const handlers = new Map<AppCommand, () => void>();
  return {
    emit: (command) => {
      const handler = handlers.get(command);
      handler?.();
      return handler !== undefined;
    },
    handle: (command, handler) => {
      handlers.set(command, handler);
      return () => {
        if (handlers.get(command) === handler) handlers.delete(command);
      };
    },
  };
};
