/**
 * The facilitator's HTTP calls: the class report the debrief is rebuilt from, and the CSV and JSON
 * downloads. The host token goes in the Authorization header (never in an address), so downloads
 * are fetched and handed to the browser as files.
 */
import { CLASS_CSV_PATH, CLASS_JSON_PATH, CLASS_REPORT_PATH, type ClassReport } from '@shared/protocol/class-report.ts';
import { ApiError } from '../../net/api.ts';
import { httpBase } from '../../net/sdk.ts';

async function authorised(path: string, token: string): Promise<Response> {
  const response = await fetch(`${httpBase()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new ApiError(response.status);
  return response;
}

export async function fetchClassReport(token: string): Promise<ClassReport> {
  return (await (await authorised(CLASS_REPORT_PATH, token)).json()) as ClassReport;
}

/** Downloads the class's CSV or JSON export as a file named after the class code. */
export async function downloadExport(kind: 'csv' | 'json', token: string, code: string): Promise<void> {
  const blob = await (await authorised(kind === 'csv' ? CLASS_CSV_PATH : CLASS_JSON_PATH, token)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `neo-terra-class-${code}.${kind}`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
