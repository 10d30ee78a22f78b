import yaml from 'js-yaml';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog } from './flow-loader';
import { SYSTEM_TEMPLATES } from './flow.constants';
import { parseFlowFile } from './flow.schema';
import type { FlowCatalog } from './flow.types';

/** Template names the spec fixtures may use: the system ones plus a few generic ones. */
export const FIXTURE_TEMPLATES: ReadonlySet<string> = new Set([
  ...Object.values(SYSTEM_TEMPLATES),
  'faq-a',
  'faq-b',
  'step-a',
  'step-b',
  'step-c',
]);

/** A throwaway flows folder with the given files; remove it with removeFlowDir. */
export function writeFlowDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'flows-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function removeFlowDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A small valid file: one FAQ and a three-step flow with a choice, a text answer and an end. */
export const VALID_FLOWS = `
vars:
  gio: "8h – 17h"
faq:
  - id: cau-a
    triggers: [giờ làm việc, mấy giờ mở cửa]
    template: faq-a
    buttons:
      - { label: Bắt đầu, payload: "flow:luong-a" }
flows:
  - id: luong-a
    triggers: [gửi góp ý]
    start: hoi
    steps:
      hoi:
        template: step-a
        buttons:
          - { label: Có, payload: "choice:co" }
          - { label: Không, payload: "choice:khong" }
        next: { co: nhap, khong: xong }
      nhap:
        template: step-b
        expect: text
        save: noi_dung
        next: xong
      xong:
        template: step-c
        action: complaint
        end: true
`;

/** A catalog straight from YAML text (no folder); throws on schema errors so a broken fixture is loud. */
export function catalogFromYaml(text: string): FlowCatalog {
  const { file, issues } = parseFlowFile(yaml.load(text));
  if (!file) throw new Error(`fixture: ${JSON.stringify(issues)}`);
  return buildCatalog([{ file: 'fixture.yaml', data: file }]).catalog;
}
