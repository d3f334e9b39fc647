/** Results are values: every fallible call in the web app returns one of these instead of throwing. */
export type Result<T, K extends string = string> =
  | { ok: true; value: T }
  | { ok: false; kind: K; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <K extends string>(kind: K, message: string): { ok: false; kind: K; message: string } => ({ ok: false, kind, message });

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
