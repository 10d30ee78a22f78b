/** Report parts of `npm run eval` that score.py does not print: where the errors are. */
export interface GoldRow {
  id: string;
  question: string;
  kind: string;
  gold: string[];
}

export interface OutRow {
  id: string;
  intent: string;
  answer: 'procedure' | 'clarify' | 'none';
  procedures: string[];
  confidence: number;
}

/** How each kind of question was answered (procedure / clarify / none). */
export function answersByKind(gold: GoldRow[], out: Map<string, OutRow>): string[] {
  const table = new Map<string, Record<string, number>>();
  for (const g of gold) {
    const row = table.get(g.kind) ?? { procedure: 0, clarify: 0, none: 0 };
    const answer = out.get(g.id)?.answer ?? 'none';
    row[answer] = (row[answer] ?? 0) + 1;
    table.set(g.kind, row);
  }
  return [...table].map(
    ([kind, r]) => `  ${kind.padEnd(15)} procedure ${r.procedure}  clarify ${r.clarify}  none ${r.none}`,
  );
}

/** Gold → predicted procedure pairs that recur among top-1 misses: a missing synonym shows up here. */
export function confusedPairs(
  gold: GoldRow[],
  out: Map<string, OutRow>,
  nameOf: (c: string) => string,
): string[] {
  const pairs = new Map<string, number>();
  for (const g of gold) {
    const got = out.get(g.id)?.procedures[0];
    if (g.kind !== 'procedure' || !got || g.gold.includes(got)) continue;
    const key = `${short(nameOf(g.gold[0]))} → ${short(nameOf(got))}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  return [...pairs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k, n]) => `  ${n}× ${k}`);
}

/** Confident wrong answers first (the worst outcome), then in-catalog questions missed in the top 3. */
export function worstMisses(
  gold: GoldRow[],
  out: Map<string, OutRow>,
  nameOf: (c: string) => string,
): string[] {
  const lines: string[] = [];
  for (const g of gold) {
    const o = out.get(g.id);
    if (o?.answer === 'procedure' && !g.gold.includes(o.procedures[0])) {
      lines.push(
        `  CONFIDENT-WRONG [${g.kind}] ${short(g.question, 80)} → ${short(nameOf(o.procedures[0]))}`,
      );
    }
  }
  for (const g of gold) {
    const o = out.get(g.id);
    if (g.kind === 'procedure' && !(o?.procedures ?? []).slice(0, 3).some((c) => g.gold.includes(c))) {
      lines.push(
        `  not in top 3: ${short(g.question, 80)} → ${short(nameOf(o?.procedures[0] ?? ''))} (want ${short(nameOf(g.gold[0]))})`,
      );
    }
  }
  return lines.slice(0, 25);
}

/** Per-intent precision and recall over labelled messages, and the most confused pairs. */
export function intentReport(rows: { want: string; got: string }[]): string[] {
  const intents = [...new Set(rows.flatMap((r) => [r.want, r.got]))].sort();
  const lines = intents.map((intent) => {
    const tp = rows.filter((r) => r.want === intent && r.got === intent).length;
    const predicted = rows.filter((r) => r.got === intent).length;
    const actual = rows.filter((r) => r.want === intent).length;
    const p = predicted ? tp / predicted : 0;
    const rcl = actual ? tp / actual : 0;
    return `  ${intent.padEnd(15)} precision ${(p * 100).toFixed(0).padStart(3)} %  recall ${(rcl * 100).toFixed(0).padStart(3)} %  (n=${actual})`;
  });
  const confusions = new Map<string, number>();
  for (const r of rows)
    if (r.want !== r.got)
      confusions.set(`${r.want} → ${r.got}`, (confusions.get(`${r.want} → ${r.got}`) ?? 0) + 1);
  const correct = rows.filter((r) => r.want === r.got).length;
  return [
    ...lines,
    `  accuracy ${correct}/${rows.length} = ${((correct / Math.max(1, rows.length)) * 100).toFixed(1)} %`,
    ...[...confusions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, n]) => `  confused ${n}× ${k}`),
  ];
}

function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
