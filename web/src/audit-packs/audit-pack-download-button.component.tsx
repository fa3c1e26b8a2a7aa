import { Button } from '@mantine/core';
import { useState } from 'react';

import { downloadFile } from '../common/authorized-http';
import { notifyError } from '../common/notify-error';
import { auditPackFileName } from './audit-pack.labels';

interface AuditPackDownloadButtonProps {
  downloadPath: string;
  periodFrom: string;
  periodTo: string;
}

/** Fetches the signed ZIP with the session's token and saves it under the server's file name. */
export function AuditPackDownloadButton({
  downloadPath,
  periodFrom,
  periodTo,
}: AuditPackDownloadButtonProps) {
  const [downloading, setDownloading] = useState(false);

  const handleClick = async () => {
    setDownloading(true);
    try {
      await downloadFile(downloadPath, auditPackFileName(periodFrom, periodTo));
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Button size="xs" variant="light" loading={downloading} onClick={() => void handleClick()}>
      Download
    </Button>
  );
}
