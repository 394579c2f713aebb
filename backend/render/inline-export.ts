import type {
  ControlledExportJob,
  ControlledExportResult,
} from '../../core/api/service/document-jobs';

/**
 * A controlled export made on the calling thread within the bounds of a render nothing can stop
 * from outside (INLINE_RENDER_LIMITS: the engine's time and allocation limits, which stop a
 * runaway template such as a huge range before it is built). The engine, the Word build and the
 * page layout are loaded on first use, so a command that exports nothing never loads them.
 */
export const exportInline = async (
  job: ControlledExportJob,
  widthTables: string | null,
): Promise<ControlledExportResult> => {
  const [{ runControlledExportJob }, { INLINE_RENDER_LIMITS }, layout, widths] = await Promise.all([
    import('../../core/api/service/document-jobs'),
    import('../../core/api/service/check-inline-render'),
    import('../pdf/plan-pages'),
    import('../pdf/width-table'),
  ]);
  widths.keepWidthTablesIn(widthTables);
  const { timeLimitMs, memoryLimit } = INLINE_RENDER_LIMITS;
  try {
    return await runControlledExportJob(
      { ...job, render: { ...job.render, timeLimitMs, memoryLimit } },
      layout.planPages,
    );
  } finally {
    layout.saveWidthTables();
  }
};
