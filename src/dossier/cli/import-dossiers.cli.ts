import { inputFile, openMigratedDataSource, runCli } from '../../catalog/cli/cli-data-source';
import { readMaybeGzipped } from '../../catalog/importer/line-reader.util';
import { dossierRowsFromCsv } from '../dossier-csv';
import { DossierIngestService } from '../dossier-ingest.service';
import { DossierRepository } from '../dossier.repository';
import { NotificationOutbox } from '../../notify/notification.outbox';

const USAGE =
  'Cách dùng: npm run dossiers:import -- <tệp.csv>  (cột: code, procedureCode, applicantName, applicantPhone, agencyName, status, receivedAt, dueAt, updatedAt)';

/** `npm run dossiers:import -- <file.csv>`: the same fields and rules as the ingestion API. */
runCli(async () => {
  const path = inputFile(process.argv.slice(2), USAGE);
  if (!path) return 2;
  const rows = dossierRowsFromCsv(readMaybeGzipped(path));
  const dataSource = await openMigratedDataSource();
  try {
    const result = await new DossierIngestService(
      // Status changes write their notices; the running app's worker delivers them.
      new DossierRepository(dataSource, new NotificationOutbox(dataSource)),
    ).ingest(rows.map((r) => r.item));
    console.log(`Hồ sơ: ${rows.length} dòng — nhận ${result.accepted}, từ chối ${result.rejected.length}`);
    for (const r of result.rejected.slice(0, 50)) console.log(`  dòng ${rows[r.index].line}: ${r.reason}`);
    return result.rejected.length === rows.length && rows.length > 0 ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
});
