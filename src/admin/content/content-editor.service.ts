import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogIndexService } from '../../catalog/catalog-index.service';
import { loadFlowTexts } from '../../dialogue/flows/flow-loader';
import { TemplateService } from '../../templates/template.service';
import { AuditService } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/staff-principal';
import type { ContentBundle } from './content-bundle';
import { CONTENT_PATHS } from './content-paths';
import { ContentException } from './content.exception';
import { ContentRepository } from './content.repository';
import type { ContentVersion } from './content-version.entity';
import * as edit from './content-yaml.util';
import { checkBundle, type ContentCheck } from './prepared-content';
import { LiveContentService } from './live-content.service';

export interface FaqView {
  id: string;
  file: string;
  triggers: string[];
  template: string;
  /** The answer text (Handlebars; {{ten_bien}} inserts a shared variable). */
  answer: string;
}

export interface VarView {
  name: string;
  value: string;
  file: string;
}

export interface FaqEdit {
  triggers: string[];
  answer: string;
  /** For a new entry: the file to add it to (default chung.yaml). */
  file?: string;
}

/** Where entries created from the workspace go unless staff choose a file. */
const NEW_ENTRY_FILE = 'chung.yaml';

/**
 * Staff edits: every change goes to the one shared draft (made from the live version on the first
 * edit), is audited with before and after, and reaches citizens only when the draft is published.
 */
@Injectable()
export class ContentEditorService {
  constructor(
    private readonly repository: ContentRepository,
    private readonly audit: AuditService,
    private readonly templates: TemplateService,
    private readonly live: LiveContentService,
    private readonly dataSource: DataSource,
    private readonly index: CatalogIndexService,
  ) {}

  /** The draft when there is one, else the live version: what the editing pages show. */
  async working(): Promise<{ version: ContentVersion | null; isDraft: boolean }> {
    const draft = await this.repository.draft();
    return draft
      ? { version: draft, isDraft: true }
      : { version: await this.repository.live(), isDraft: false };
  }

  faqs(bundle: ContentBundle): FaqView[] {
    const { catalog } = loadFlowTexts(Object.entries(bundle.flows).map(([file, text]) => ({ file, text })));
    return [...catalog.faqs.values()]
      .map((f) => ({
        id: f.id,
        file: f.file,
        triggers: f.triggers,
        template: f.template,
        answer: bundle.templates[f.template] ?? '',
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  vars(bundle: ContentBundle): VarView[] {
    const { catalog } = loadFlowTexts(Object.entries(bundle.flows).map(([file, text]) => ({ file, text })));
    return Object.entries(catalog.vars).map(([name, value]) => ({
      name,
      value,
      file: catalog.varFiles.get(name) ?? '',
    }));
  }

  check(bundle: ContentBundle): ContentCheck {
    const search = this.index.current().search;
    return checkBundle(bundle, this.templates, CONTENT_PATHS.templatesDir, (code) => !!search.document(code));
  }

  /** Changes (or creates) a FAQ entry's trigger phrases and answer text in the draft. */
  async saveFaq(staff: StaffPrincipal, id: string, change: FaqEdit): Promise<FaqView> {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw ContentException.invalidEdit(
        'Mã FAQ là chữ thường không dấu, số, nối bằng dấu "-" (ví dụ gio-lam-viec).',
      );
    return this.editDraft(staff, 'content.faq', `faq:${id}`, (bundle) => {
      const existing = this.faqs(bundle).find((f) => f.id === id);
      const next = structuredClone(bundle);
      const template = existing?.template ?? `faq-${id}`;
      if (existing) {
        next.flows[existing.file] = edit.setFaqTriggers(bundle.flows[existing.file], id, change.triggers);
      } else {
        const file = change.file ?? NEW_ENTRY_FILE;
        next.flows[file] = edit.addFaq(bundle.flows[file] ?? '', { id, triggers: change.triggers, template });
      }
      next.templates[template] = change.answer;
      const after = this.faqs(next).find((f) => f.id === id)!;
      return { next, before: existing ? pick(existing) : null, after: pick(after), result: after };
    });
  }

  async saveVar(staff: StaffPrincipal, name: string, value: string): Promise<VarView> {
    return this.editDraft(staff, 'content.var', `var:${name}`, (bundle) => {
      const existing = this.vars(bundle).find((v) => v.name === name);
      if (!existing) throw ContentException.notFound(`biến "${name}"`);
      const next = structuredClone(bundle);
      next.flows[existing.file] = edit.setVar(bundle.flows[existing.file], name, value);
      return { next, before: { value: existing.value }, after: { value }, result: { ...existing, value } };
    });
  }

  /** "Citizens say X for Y": X joins Y's synonym group (how an unanswered question becomes findable). */
  async addSynonym(staff: StaffPrincipal, phrase: string, meaning: string): Promise<void> {
    await this.editDraft(staff, 'content.synonym', 'synonyms', (bundle) => {
      const next = { ...bundle, synonyms: edit.addSynonym(bundle.synonyms, phrase, meaning) };
      return { next, before: null, after: { phrase, meaning }, result: undefined };
    });
  }

  /** "Citizens ask for procedure C as X": X joins C's phrases (findable by the citizen's own words). */
  async addProcedurePhrase(staff: StaffPrincipal, code: string, phrase: string): Promise<void> {
    await this.editDraft(staff, 'content.procedure_phrase', `procedure:${code}`, (bundle) => {
      const next = { ...bundle, synonyms: edit.addProcedurePhrase(bundle.synonyms, code, phrase) };
      return { next, before: null, after: { code, phrase }, result: undefined };
    });
  }

  /** Replaces one whole file of the draft (the advanced editor). */
  async saveFile(staff: StaffPrincipal, path: string, text: string): Promise<void> {
    await this.editDraft(staff, 'content.file', path, (bundle) => {
      const next = structuredClone(bundle);
      let before: string | undefined;
      if (path === 'intents/synonyms.yaml') {
        before = bundle.synonyms;
        next.synonyms = text;
      } else if (/^flows\/[a-z0-9-]+\.ya?ml$/.test(path)) {
        before = bundle.flows[path.slice(6)];
        next.flows[path.slice(6)] = text;
      } else if (/^templates\/vi\/(faq|flow)-[a-z0-9-]+\.hbs$/.test(path)) {
        const name = path.slice(13, -4);
        before = bundle.templates[name];
        next.templates[name] = text;
      } else {
        throw ContentException.invalidEdit(
          'Chỉ sửa được flows/<tên>.yaml, templates/vi/faq-… hoặc flow-….hbs và intents/synonyms.yaml.',
        );
      }
      return { next, before: { text: before ?? null }, after: { text }, result: undefined };
    });
  }

  async discard(staff: StaffPrincipal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const draft = await this.repository.draft(manager);
      if (!draft) return;
      await this.repository.deleteDraft(manager);
      await this.audit.record(
        staff,
        { action: 'content.discard', targetType: 'content', targetId: draft.id },
        manager,
      );
    });
  }

  /** Publishes the draft after the same checks as flows:check; every instance picks it up by polling. */
  async publish(staff: StaffPrincipal, note: string | null): Promise<ContentVersion> {
    const version = await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const draft = await this.repository.draft(manager);
      if (!draft) throw ContentException.noDraft();
      const { errors } = this.check(draft.bundle);
      if (errors.length) throw ContentException.checksFailed(errors);
      const liveId = await this.repository.liveId(manager);
      const published = await this.repository.insertPublished(manager, {
        bundle: draft.bundle,
        note,
        basedOn: liveId,
        by: staff.username,
      });
      await this.repository.deleteDraft(manager);
      await this.audit.record(
        staff,
        {
          action: 'content.publish',
          targetType: 'content',
          targetId: published.id,
          before: { version: liveId },
          after: { version: published.id, note },
        },
        manager,
      );
      return published;
    });
    await this.live.refresh();
    return version;
  }

  /** Makes an older version live again, as a new version (history is never rewritten). */
  async rollback(staff: StaffPrincipal, id: number, note: string | null): Promise<ContentVersion> {
    const version = await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const target = await this.repository.get(id, manager);
      if (!target || target.status !== 'published') throw ContentException.notFound(`phiên bản ${id}`);
      const liveId = await this.repository.liveId(manager);
      const published = await this.repository.insertPublished(manager, {
        bundle: target.bundle,
        note: note ?? `Khôi phục phiên bản ${id}`,
        basedOn: id,
        by: staff.username,
      });
      await this.audit.record(
        staff,
        {
          action: 'content.rollback',
          targetType: 'content',
          targetId: published.id,
          before: { version: liveId },
          after: { version: published.id, restored: id },
        },
        manager,
      );
      return published;
    });
    await this.live.refresh();
    return version;
  }

  private async editDraft<T>(
    staff: StaffPrincipal,
    action: string,
    target: string,
    change: (bundle: ContentBundle) => { next: ContentBundle; before: unknown; after: unknown; result: T },
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      const draft = await this.draftFor(manager, staff);
      let outcome: ReturnType<typeof change>;
      try {
        outcome = change(draft.bundle);
      } catch (error) {
        if (error instanceof ContentException) throw error;
        throw ContentException.invalidEdit(
          `Không sửa được: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await this.repository.saveDraftBundle(manager, draft.id, outcome.next);
      await this.audit.record(
        staff,
        { action, targetType: 'content', targetId: target, before: outcome.before, after: outcome.after },
        manager,
      );
      return outcome.result;
    });
  }

  private async draftFor(manager: EntityManager, staff: StaffPrincipal): Promise<ContentVersion> {
    const draft = await this.repository.draft(manager);
    if (draft) return draft;
    const live = await this.repository.live(manager);
    if (!live) throw ContentException.notFound('phiên bản nội dung đang dùng');
    return this.repository.insertDraft(manager, live.bundle, live.id, staff.username);
  }
}

const pick = (f: FaqView) => ({ triggers: f.triggers, answer: f.answer });
