import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { exportDocumentFlow, type ExportFormat, type ExportRequest } from './export-document';

/** The export action for the open document, also run by the menu's "Export Document". */
export const useExport = (request: ExportRequest) => {
  const services = useServices();
  const [exporting, setExporting] = useState(false);
  const latest = useRef(request);
  useEffect(() => {
    latest.current = request;
  });
  const runExport = useCallback(
    (format: ExportFormat = 'docx') => {
      setExporting(true);
      void exportDocumentFlow(services, latest.current, format).finally(() => setExporting(false));
    },
    [services],
  );
  useEffect(
    () => services.commands.handle('export-document', () => runExport('docx')),
    [services, runExport],
  );
  return { exporting, runExport };
};
