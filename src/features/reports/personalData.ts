import type { PersonalDataDeclaration } from '../../core/personalData';
import { userKey } from '../../domain/roles';

/** What a `report.filed` entry keeps beside the file: whose words the copy quotes. */
interface Filed {
  file?: string;
  quotedIds?: string;
}

/**
 * A report filed for a meeting is a case document: it quotes leaders' words (without their names)
 * and is kept unchanged for the archive (arkivloven), so erasure leaves it as it is. `mine data`
 * lists the copies that quote the person, from the audit entries written when they were filed;
 * erasure pseudonymises those entries like the rest of the log (features/audit).
 */
export const reportsData: PersonalDataDeclaration = {
  holds: 'meeting reports in Blob Storage that quote the person, found through their audit entries',
  async collect(store, user) {
    const key = userKey(user);
    const archivedReports = [];
    for (const networkId of await store.directory.listNetworkIds()) {
      for (const entry of await store.audit.all(networkId)) {
        const filed = entry.after as Filed | undefined;
        if (entry.action === 'report.filed' && filed?.file && (filed.quotedIds ?? '').split(', ').includes(key)) {
          archivedReports.push({ networkId, file: filed.file, filedAt: entry.at });
        }
      }
    }
    return archivedReports.length ? { archivedReports } : {};
  }
};
