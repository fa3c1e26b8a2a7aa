import { pinnedValueProblem, PinnedVersionKind } from './delivery';

describe('pinned version values', () => {
  it.each([
    [PinnedVersionKind.COMMIT, '3f9c2ab'],
    [PinnedVersionKind.COMMIT, 'a'.repeat(40)],
    [PinnedVersionKind.HASH, `sha256:${'0f'.repeat(32)}`],
    [PinnedVersionKind.TAG, 'payments-api/v2.1.0'],
    [PinnedVersionKind.SPEC_VERSION, '2.1.0'],
    [PinnedVersionKind.SPEC_VERSION, 'v3'],
  ])('accepts %s %s', (kind, value) => {
    expect(pinnedValueProblem(kind, value)).toBeNull();
  });

  it.each([
    [PinnedVersionKind.COMMIT, '3f9c2a'],
    [PinnedVersionKind.COMMIT, 'g'.repeat(7)],
    [PinnedVersionKind.COMMIT, 'a'.repeat(41)],
    [PinnedVersionKind.HASH, 'sha256:abc'],
    [PinnedVersionKind.HASH, 'md5:0123456789abcdef0123456789abcdef'],
    [PinnedVersionKind.TAG, ' release'],
    [PinnedVersionKind.SPEC_VERSION, 'latest'],
  ])('refuses %s %s', (kind, value) => {
    expect(pinnedValueProblem(kind, value)).not.toBeNull();
  });
});
