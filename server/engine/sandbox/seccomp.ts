/**
 * A small seccomp filter for bwrap's `--seccomp FD`: classic BPF assembled here, so no libseccomp
 * is needed. It denies the system calls a compiled extension has no use for and that widen the
 * kernel's attack surface (the deny list follows Docker's and Flatpak's defaults): namespace and
 * mount games, ptrace and cross-process memory access, kernel modules and keyrings, BPF, perf,
 * userfaultfd and io_uring. The namespaces, the uid switch and the rlimits remain the main walls.
 * Only x86-64 is assembled; elsewhere the sandbox runs without this layer.
 */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;

const RET_KILL_PROCESS = 0x80000000;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const EPERM = 1;
const ENOSYS = 38;

/** x86-64 numbers of the denied calls (answered EPERM). */
const DENIED: Record<string, number> = {
  ptrace: 101, syslog: 103, uselib: 134, vhangup: 153, pivot_root: 155, adjtimex: 159, chroot: 161, acct: 163,
  settimeofday: 164, mount: 165, umount2: 166, swapon: 167, swapoff: 168, reboot: 169, sethostname: 170,
  setdomainname: 171, iopl: 172, ioperm: 173, init_module: 175, delete_module: 176, quotactl: 179,
  nfsservctl: 180, lookup_dcookie: 212, clock_settime: 227, kexec_load: 246, add_key: 248, request_key: 249,
  keyctl: 250, unshare: 272, move_pages: 279, perf_event_open: 298, name_to_handle_at: 303,
  open_by_handle_at: 304, clock_adjtime: 305, setns: 308, process_vm_readv: 310, process_vm_writev: 311,
  finit_module: 313, kexec_file_load: 320, bpf: 321, userfaultfd: 323, io_uring_setup: 425,
  io_uring_enter: 426, io_uring_register: 427, open_tree: 428, move_mount: 429, fsopen: 430, fsconfig: 431,
  fsmount: 432, fspick: 433, mount_setattr: 442,
};
const CLONE = 56;
/** clone3 passes its flags in memory a filter cannot read: ENOSYS makes glibc fall back to clone. */
const CLONE3 = 435;
/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET. */
const CLONE_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000;

interface Insn {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

/** The filter program as bytes (struct sock_filter[], little-endian), or null off x86-64. */
export function seccompProgram(): Buffer | null {
  if (process.arch !== 'x64') return null;
  // Targets are symbolic until the end, where they become relative jumps.
  type Target = 'allow' | 'eperm' | 'enosys' | 'next';
  const body: Array<Insn | { code: number; k: number; jt: Target; jf: Target }> = [];
  const jump = (code: number, k: number, jt: Target, jf: Target): void => void body.push({ code, k, jt, jf });
  body.push({ code: LD_W_ABS, jt: 0, jf: 0, k: 4 }); // seccomp_data.arch
  body.push({ code: JEQ_K, jt: 1, jf: 0, k: AUDIT_ARCH_X86_64 });
  body.push({ code: RET_K, jt: 0, jf: 0, k: RET_KILL_PROCESS });
  body.push({ code: LD_W_ABS, jt: 0, jf: 0, k: 0 }); // seccomp_data.nr
  jump(JGE_K, X32_SYSCALL_BIT, 'eperm', 'next');
  for (const nr of Object.values(DENIED)) jump(JEQ_K, nr, 'eperm', 'next');
  jump(JEQ_K, CLONE3, 'enosys', 'next');
  jump(JEQ_K, CLONE, 'next', 'allow');
  body.push({ code: LD_W_ABS, jt: 0, jf: 0, k: 16 }); // low word of args[0]: clone's flags
  jump(JSET_K, CLONE_NAMESPACES, 'eperm', 'allow');
  const end = body.length;
  const where: Record<Exclude<Target, 'next'>, number> = { allow: end, eperm: end + 1, enosys: end + 2 };
  const insns: Insn[] = body.map((insn, i) => {
    if (typeof insn.jt === 'number') return insn as Insn;
    const rel = (t: Target): number => (t === 'next' ? 0 : where[t] - (i + 1));
    return { code: insn.code, k: insn.k, jt: rel(insn.jt as Target), jf: rel(insn.jf as Target) };
  });
  insns.push({ code: RET_K, jt: 0, jf: 0, k: RET_ALLOW });
  insns.push({ code: RET_K, jt: 0, jf: 0, k: RET_ERRNO | EPERM });
  insns.push({ code: RET_K, jt: 0, jf: 0, k: RET_ERRNO | ENOSYS });
  const out = Buffer.alloc(insns.length * 8);
  insns.forEach((insn, i) => {
    if (insn.jt > 255 || insn.jf > 255) throw new Error('seccomp: jump too far');
    out.writeUInt16LE(insn.code, i * 8);
    out.writeUInt8(insn.jt, i * 8 + 2);
    out.writeUInt8(insn.jf, i * 8 + 3);
    out.writeUInt32LE(insn.k >>> 0, i * 8 + 4);
  });
  return out;
}

/** The program written once to a file named by its hash (bwrap reads it from an inherited fd). */
export function seccompFile(): string | null {
  const program = seccompProgram();
  if (!program) return null;
  const path = join(tmpdir(), `cnake-seccomp-${createHash('sha256').update(program).digest('hex').slice(0, 16)}.bpf`);
  if (!existsSync(path)) {
    const staging = `${path}.${process.pid}`;
    writeFileSync(staging, program, { mode: 0o644 });
    renameSync(staging, path);
  }
  return path;
}
