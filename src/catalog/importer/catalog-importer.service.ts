import { Injectable } from '@nestjs/common';
import { CatalogRepository, type ProcedureGraph } from '../catalog.repository';
import type { ParsedProcedure } from '../parser/parsed-procedure';
import { isRejected, parseRecord } from '../parser/procedure.parser';
import type { ImportReport, RejectedLine } from './import-report';
import { numberedLines, readMaybeGzipped } from './line-reader.util';
import { sourceHash, toGraph } from './procedure-graph.mapper';

export type ProgressListener = (done: number, total: number) => void;

const BATCH_SIZE = 250;

/**
 * Imports a catalog export (JSON lines, gzip or not): upsert by code, idempotent (an unchanged
 * record is not written), a malformed line is reported with its number and skipped.
 */
@Injectable()
export class CatalogImporter {
  constructor(private readonly repository: CatalogRepository) {}

  async importFile(path: string, onProgress?: ProgressListener): Promise<ImportReport> {
    const started = Date.now();
    const lines = numberedLines(readMaybeGzipped(path));
    const known = await this.repository.sourceHashes();
    const seen = new Map<string, number>();
    const report: ImportReport = {
      file: path,
      total: lines.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
      parsed: { fee: 0, time: 0, documents: 0, legalBases: 0 },
      contentMismatch: [],
      durationMs: 0,
    };
    const counts = { fee: 0, time: 0, documents: 0, legalBases: 0, accepted: 0 };
    let batch: ProcedureGraph[] = [];

    for (let i = 0; i < lines.length; i++) {
      const { lineNo, text } = lines[i];
      const outcome = this.parseLine(lineNo, text, seen);
      if ('reason' in outcome) {
        report.rejected.push(outcome);
      } else {
        const { parsed } = outcome;
        seen.set(parsed.code, lineNo);
        this.countParsed(parsed, counts);
        if (parsed.contentMismatch) report.contentMismatch.push(parsed.code);
        const hash = sourceHash(text);
        const previous = known.get(parsed.code);
        if (previous === hash) {
          report.unchanged++;
        } else {
          if (previous === undefined) report.inserted++;
          else report.updated++;
          batch.push(toGraph(parsed, hash));
        }
      }
      if (batch.length >= BATCH_SIZE) {
        await this.repository.saveGraphs(batch);
        batch = [];
      }
      if (onProgress && (i % 100 === 99 || i === lines.length - 1)) onProgress(i + 1, lines.length);
    }
    await this.repository.saveGraphs(batch);

    const share = (n: number) => (counts.accepted ? n / counts.accepted : 0);
    report.parsed = {
      fee: share(counts.fee),
      time: share(counts.time),
      documents: share(counts.documents),
      legalBases: share(counts.legalBases),
    };
    report.durationMs = Date.now() - started;
    return report;
  }

  private parseLine(
    lineNo: number,
    text: string,
    seen: Map<string, number>,
  ): RejectedLine | { parsed: ParsedProcedure } {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { line: lineNo, reason: `JSON không hợp lệ: ${(error as Error).message}` };
    }
    const parsed = parseRecord(json);
    if (isRejected(parsed)) return { line: lineNo, reason: parsed.reason };
    const firstLine = seen.get(parsed.code);
    if (firstLine !== undefined) {
      return { line: lineNo, code: parsed.code, reason: `mã thủ tục trùng với dòng ${firstLine}` };
    }
    return { parsed };
  }

  private countParsed(
    p: ParsedProcedure,
    counts: { fee: number; time: number; documents: number; legalBases: number; accepted: number },
  ): void {
    counts.accepted++;
    if (p.channels.some((c) => c.isFree || c.feeText !== null)) counts.fee++;
    if (p.channels.some((c) => c.timeValue !== null)) counts.time++;
    if (p.documents.length > 0) counts.documents++;
    if (p.legalBases.length > 0) counts.legalBases++;
  }
}
