import { useCallback, useEffect, useRef, useState } from 'react';
import type { PackStatus } from '../../../../core/api/contract-pack';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';

export type PackJobState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      jobId: string;
      done: number;
      total: number;
      step: string;
      cancelling: boolean;
    }
  | { phase: 'finished'; message: string; tone: 'success' | 'info' | 'error' };

const POLL_MS = 150;

/** Starts a pack job, follows its progress until it ends, saves the ZIP, and can cancel it. */
export const usePackJob = (dir: string) => {
  const { api, platform } = useServices();
  const [state, setState] = useState<PackJobState>({ phase: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const finish = useCallback(
    async (status: PackStatus) => {
      if (status.state === 'cancelled') {
        return setState({
          phase: 'finished',
          message: 'Cancelled; nothing was saved.',
          tone: 'info',
        });
      }
      if (status.state === 'failed' || !status.result) {
        const message = status.error?.message ?? 'the pack could not be built';
        return setState({
          phase: 'finished',
          message: `Could not build the pack: ${message}`,
          tone: 'error',
        });
      }
      const { result } = status;
      try {
        const saved = await platform.saveOutput({ id: result.file.id, name: result.fileName });
        setState({
          phase: 'finished',
          tone: saved ? 'success' : 'info',
          message: saved
            ? `Saved ${saved}: ${result.files.length} files, ${result.documents} ${result.documents === 1 ? 'document' : 'documents'}.${result.documents === 0 ? ' No approved documents yet: the pack holds the registers and the readiness report only.' : ''}`
            : 'The pack was built but not saved.',
        });
      } catch (error) {
        setState({
          phase: 'finished',
          tone: 'error',
          message: `The pack was built but could not be saved: ${describeError(error)}`,
        });
      }
    },
    [platform],
  );

  const follow = useCallback(
    async (jobId: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!live.current) return;
        const status = await api['pack.status']({ jobId });
        if (status.state !== 'running') return finish(status);
        setState((prev) => ({
          phase: 'running',
          jobId,
          done: status.done,
          total: status.total,
          step: status.step,
          cancelling: prev.phase === 'running' && prev.cancelling,
        }));
      }
    },
    [api, finish],
  );

  const start = useCallback(
    async (includeDrafts: boolean) => {
      try {
        const { jobId } = await api['pack.start']({ dir, includeDrafts });
        setState({
          phase: 'running',
          jobId,
          done: 0,
          total: 0,
          step: 'Reading the workspace',
          cancelling: false,
        });
        await follow(jobId);
      } catch (error) {
        setState({
          phase: 'finished',
          message: `Could not build the pack: ${describeError(error)}`,
          tone: 'error',
        });
      }
    },
    [api, dir, follow],
  );

  const cancel = useCallback(async () => {
    if (state.phase !== 'running') return;
    setState({ ...state, cancelling: true });
    await api['pack.cancel']({ jobId: state.jobId });
  }, [api, state]);

  return { state, start, cancel };
};
