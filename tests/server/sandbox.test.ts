/** The bwrap backend's own pieces: the availability check, the uid blocks and the seccomp program. */
import { describe, expect, it } from 'vitest';
import { bwrapProblem, sandboxUidRange } from '../../server/engine/sandbox/bwrap.ts';
import { seccompProgram } from '../../server/engine/sandbox/seccomp.ts';

describe('bwrap sandbox', () => {
  it('is available here, and says what to install when bwrap is missing', () => {
    expect(bwrapProblem()).toBeNull();
    expect(bwrapProblem('/nonexistent/bwrap')).toContain('apt-get install -y bubblewrap');
  });

  it('gives each server process its own block of unprivileged uids', () => {
    const a = sandboxUidRange(1000);
    const b = sandboxUidRange(1001);
    expect(a.first).toBeGreaterThan(65535);
    expect(a.end).toBeLessThanOrEqual(b.first);
  });

  it.runIf(process.arch === 'x64')('assembles a seccomp program that starts with the architecture check', () => {
    const program = seccompProgram()!;
    expect(program.length % 8).toBe(0);
    expect(program.readUInt32LE(4)).toBe(4); // load seccomp_data.arch
    expect(program.readUInt32LE(12)).toBe(0xc000003e); // AUDIT_ARCH_X86_64
    expect(program.readUInt32LE(program.length - 24 + 4)).toBe(0x7fff0000); // the allow return
  });
});
