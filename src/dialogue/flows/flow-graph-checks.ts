import { parsePayload } from './flow-payload';
import type { ProblemReporter } from './flow-problem';
import type { FlowDefinition, FlowStep } from './flow.types';

/** Reachability from start, an end somewhere, and no ring of steps that pass on without waiting. */
export function checkGraph(r: ProblemReporter, flow: FlowDefinition): void {
  if (!flow.steps.has(flow.start)) {
    r.error(`start trỏ tới bước "${flow.start}" không có trong luồng`, 'start');
    return;
  }
  const edges = (step: FlowStep): string[] => {
    const out = typeof step.next === 'string' ? [step.next] : Object.values(step.next ?? {});
    for (const b of step.buttons) {
      const p = parsePayload(b.payload);
      if (p?.kind === 'step' && p.flowId === flow.id) out.push(p.stepId);
    }
    return out.filter((id) => flow.steps.has(id));
  };
  const seen = new Set([flow.start]);
  const queue = [flow.start];
  while (queue.length) {
    for (const id of edges(flow.steps.get(queue.shift()!)!)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  for (const id of flow.steps.keys()) {
    if (!seen.has(id))
      r.warn(`bước "${id}" không thể tới được từ bước bắt đầu "${flow.start}"`, `steps.${id}`);
  }
  if (![...seen].some((id) => flow.steps.get(id)!.end)) {
    r.error('luồng không có bước kết thúc (end: true) nào tới được từ bước bắt đầu');
  }
  for (const step of flow.steps.values()) {
    const chain = [step.id];
    let current = step;
    while (current.expect === 'none' && !current.end && typeof current.next === 'string') {
      const next = flow.steps.get(current.next);
      if (!next) break;
      if (chain.includes(next.id)) {
        // Reported once, from the cycle's first step in name order.
        if (next.id === step.id && chain.every((id) => id >= step.id)) {
          r.error(
            `các bước ${chain.join(' → ')} → ${next.id} tự chuyển tiếp nhau thành vòng lặp`,
            `steps.${step.id}`,
          );
        }
        break;
      }
      chain.push(next.id);
      current = next;
    }
  }
}
