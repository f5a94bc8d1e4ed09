/** One event of a Chromium trace (the JSON Trace Event Format), as much as this file reads. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * From a Chromium trace (categories `devtools.timeline`, `disabled-by-default-devtools.timeline`,
 * `toplevel`): the renderer main thread's
 * CPU time (thread time, not wall time, so other processes on a shared machine do not count) of
 * each frame that dispatched a pointer move. A frame is the work between two compositor commits:
 * the input events, script (dnd-kit, React), then style, layout and paint of that frame.
 */
export function dragFrameCpu(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const commits = onMain.filter((e) => e.name === 'Commit' && e.ph === 'X').map((e) => e.ts);
  commits.sort((a, b) => a - b);
  if (commits.length < 2)
    throw new Error('the trace has no frames (trace the disabled-by-default-devtools.timeline category)');
  const frameOf = (ts: number) => {
    let lo = 0;
    let hi = commits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (commits[mid]! < ts) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cpu = new Array<number>(commits.length + 1).fill(0);
  const moved = new Array<boolean>(commits.length + 1).fill(false);
  for (const e of onMain) {
    if (e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X')
      cpu[frameOf(e.ts)]! += (e.tdur ?? 0) / 1000;
    else if (e.name === 'EventDispatch' && e.args?.data?.type === 'pointermove') moved[frameOf(e.ts)] = true;
  }
  const frames = cpu.filter((_, i) => moved[i]);
  if (frames.length === 0) throw new Error('no pointer move reached the page during the trace');
  return frames;
}
