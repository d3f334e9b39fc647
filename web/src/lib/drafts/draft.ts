/** A draft: the user's working copy of a pair, saved on every edit. Shared by the store, the URL hash and export. */
import { z } from 'zod';

/** Pair names: the dataset's rule (also a Python module name). */
export const PAIR_NAME = /^[a-z_][a-z0-9_]*$/;

export const draftSchema = z.object({
  /** The pair's name; the key of the record (one draft per pair). */
  name: z.string().regex(PAIR_NAME),
  category: z.string().regex(PAIR_NAME),
  /** The dataset pair this draft edits, or null for a new pair. */
  basedOn: z.string().nullable(),
  python: z.string(),
  cython: z.string(),
  createdAt: z.number(),
  savedAt: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;

/** A stored record that could not be read as a draft: reported to the user, never thrown. */
export interface DraftProblem {
  key: string;
  message: string;
}

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record';
}
