/** One parameter of a ZNS template, as /template/info/v2 lists it. */
export interface ZnsParam {
  name: string;
  /** Default true: a send without it answers -112. */
  require?: boolean;
  type?: 'STRING' | 'NUMBER' | 'DATE';
  maxLength?: number;
  minLength?: number;
}

export type ZnsTemplateStatus = 'ENABLE' | 'PENDING_REVIEW' | 'REJECT' | 'DISABLE';

export interface ZnsTemplateOptions {
  id: string;
  /** Parameter names, or full specs. */
  params: (string | ZnsParam)[];
  name?: string;
  /** Default 'ENABLE'; any other status refuses sends with -109. */
  status?: ZnsTemplateStatus;
}

export interface ZnsTemplate {
  id: string;
  name: string;
  status: ZnsTemplateStatus;
  params: Required<ZnsParam>[];
}

/** The OA's registered ZNS templates. */
export class ZnsTemplates {
  private readonly byId = new Map<string, ZnsTemplate>();

  add(options: ZnsTemplateOptions): ZnsTemplate {
    const template: ZnsTemplate = {
      id: options.id,
      name: options.name ?? `Mẫu ${options.id}`,
      status: options.status ?? 'ENABLE',
      params: options.params.map((param) => {
        const spec = typeof param === 'string' ? { name: param } : param;
        return { require: true, type: 'STRING', maxLength: 200, minLength: 0, ...spec };
      }),
    };
    this.byId.set(template.id, template);
    return template;
  }

  get(id: string): ZnsTemplate | undefined {
    return this.byId.get(id);
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  all(): ZnsTemplate[] {
    return [...this.byId.values()];
  }
}
