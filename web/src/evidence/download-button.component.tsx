import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';

import { downloadFile } from '../common/authorized-http';
import { notifyError } from '../common/notify-error';

interface DownloadButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  downloadPath: string;
  fileName: string | null;
  label?: string;
}

/** Fetches a protected evidence file with the session's token and saves it. */
export function DownloadButton({
  downloadPath,
  fileName,
  label = 'Download',
  size = 'xs',
  variant = 'light',
}: DownloadButtonProps) {
  const [downloading, setDownloading] = useState(false);

  const handleClick = async () => {
    setDownloading(true);
    try {
      await downloadFile(downloadPath, fileName ?? 'evidence');
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Button
      size={size}
      variant={variant}
      loading={downloading}
      onClick={() => void handleClick()}
      aria-label={fileName ? `${label} ${fileName}` : label}
    >
      {label}
    </Button>
  );
}
