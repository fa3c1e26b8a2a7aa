import { Button, Group } from '@mantine/core';

import { AddAttestationModal } from './add-attestation-modal.component';
import { AddLinkEvidenceModal } from './add-link-evidence-modal.component';
import { ImportEvidenceModal } from './import-evidence-modal.component';
import { UploadEvidenceModal } from './upload-evidence-modal.component';

export type AddEvidenceKind = 'file' | 'link' | 'attestation' | 'import';

/** Which form is open, and the requirements it starts with. */
export interface AddEvidenceRequest {
  kind: AddEvidenceKind;
  requirementIds: string[];
}

interface AddEvidenceButtonsProps {
  onChoose: (kind: AddEvidenceKind) => void;
}

export function AddEvidenceButtons({ onChoose }: AddEvidenceButtonsProps) {
  return (
    <Group gap="xs">
      <Button onClick={() => onChoose('file')}>Upload file</Button>
      <Button variant="light" onClick={() => onChoose('link')}>
        Add link
      </Button>
      <Button variant="light" onClick={() => onChoose('attestation')}>
        Add attestation
      </Button>
      <Button variant="default" onClick={() => onChoose('import')}>
        Import
      </Button>
    </Group>
  );
}

interface AddEvidenceModalsProps {
  engagementId: string;
  request: AddEvidenceRequest | null;
  onClose: () => void;
  onAdded: () => void;
}

/** The forms behind the buttons; one is open at a time. */
export function AddEvidenceModals({
  engagementId,
  request,
  onClose,
  onAdded,
}: AddEvidenceModalsProps) {
  const requirementIds = request?.requirementIds ?? [];

  return (
    <>
      <UploadEvidenceModal
        opened={request?.kind === 'file'}
        onClose={onClose}
        engagementId={engagementId}
        initialRequirementIds={requirementIds}
        onUploaded={onAdded}
      />
      <AddLinkEvidenceModal
        opened={request?.kind === 'link'}
        onClose={onClose}
        engagementId={engagementId}
        initialRequirementIds={requirementIds}
        onAdded={onAdded}
      />
      <AddAttestationModal
        opened={request?.kind === 'attestation'}
        onClose={onClose}
        engagementId={engagementId}
        initialRequirementIds={requirementIds}
        onAdded={onAdded}
      />
      <ImportEvidenceModal
        opened={request?.kind === 'import'}
        onClose={onClose}
        engagementId={engagementId}
        onImported={onAdded}
      />
    </>
  );
}
