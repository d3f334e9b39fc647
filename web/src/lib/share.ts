/**
 * A draft travels in the URL hash, deflated and base64url-encoded: no server storage.
 * `#draft=<payload>`; the payload is validated like any stored draft when it is opened.
 */
import { z } from 'zod';
import { describeIssue, draftSchema, type Draft } from './drafts/draft.ts';
import { errorMessage, fail, ok, type Result } from './result.ts';

const HASH_KEY = 'draft';
const sharedSchema = z.object({ v: z.literal(1), draft: draftSchema.pick({ name: true, category: true, basedOn: true, python: true, cython: true }) });
export type SharedDraft = z.infer<typeof sharedSchema>['draft'];

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeDraft(draft: Draft | SharedDraft): Promise<string> {
  const { name, category, basedOn, python, cython } = draft;
  const json = JSON.stringify({ v: 1, draft: { name, category, basedOn, python, cython } });
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

export async function decodeDraft(payload: string): Promise<Result<SharedDraft, 'invalid'>> {
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw')));
    const parsed = sharedSchema.safeParse(JSON.parse(json));
    return parsed.success ? ok(parsed.data.draft) : fail('invalid', `The shared draft is not valid (${describeIssue(parsed.error)}).`);
  } catch (error) {
    return fail('invalid', `The shared link is damaged (${errorMessage(error)}).`);
  }
}

/** The full link for a draft: `/pair/<name>#draft=…`. */
export async function draftLink(origin: string, draft: Draft | SharedDraft): Promise<string> {
  return `${origin}/pair/${draft.name}#${HASH_KEY}=${await encodeDraft(draft)}`;
}

/** The payload of a `#draft=…` hash, if there is one. */
export function draftPayload(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(HASH_KEY);
}
