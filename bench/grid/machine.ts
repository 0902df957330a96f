import { readdirSync, readFileSync } from 'node:fs';

// How much CPU other processes took while the bench ran: on a 2-core machine a test run beside
// the bench makes every figure slower, and the printout should say so.

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks. */
  ticks: number;
}

function readProc(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: split after its closing one.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(fields[i] ?? 0);
    return { ppid: num(1), ticks: num(11) + num(12) + num(13) + num(14) };
  } catch {
    return null;
  }
}

/** CPU ticks of this process and all its descendants (Chromium and its renderers). */
function ownTicks(): number {
  const procs = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(name);
    if (stat) procs.set(Number(name), stat);
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, stat] of procs) {
      if (!mine.has(pid) && mine.has(stat.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks;
}

/** Busy ticks of the whole machine (all cores), from /proc/stat. */
function machineTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
}

export interface CpuMeter {
  /** Cores' worth of CPU that processes other than the bench used since the meter started. */
  othersCores(): number;
}

/** Starts measuring; null where /proc is not there to read. */
export function startCpuMeter(): CpuMeter | null {
  try {
    const machine = machineTicks();
    const own = ownTicks();
    const started = performance.now();
    const ticksPerSecond = 100; // USER_HZ on Linux
    return {
      othersCores() {
        const others = machineTicks() - machine - (ownTicks() - own);
        const seconds = (performance.now() - started) / 1000;
        return Math.max(0, others / ticksPerSecond / seconds);
      },
    };
  } catch {
    return null;
  }
}
