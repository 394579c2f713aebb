/**
 * Documents rendered at the same time when every document of a workspace is read (check,
 * readiness, the pack): enough to keep every render worker busy (there are at most four), few
 * enough that a cancel leaves little already started.
 */
export const DOCUMENTS_AT_ONCE = 4;
